import { css } from 'lit';

/** Next steps and contacts, shared by the summary, the referral guide and the youth check. */
export const guidanceStyles = css`
  .next-steps {
    padding-inline-start: 1.5em;
  }

  .next-steps li + li {
    margin-block-start: 0.75em;
  }

  .next-steps p {
    margin-block: 0.25em 0;
  }

  .contacts {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75em;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }

  .contact {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    padding: 0.75em;
    border: 0.0625em solid var(--_ak-color-border);
    border-radius: var(--_ak-radius);
    overflow-wrap: anywhere;
  }

  .contact .purpose,
  .contact .hours {
    color: var(--_ak-color-subtle);
  }
`;
