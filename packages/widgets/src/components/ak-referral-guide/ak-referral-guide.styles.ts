import { css } from 'lit';

export const referralStyles = css`
  .meaning {
    color: var(--_ak-color-subtle);
  }
`;
