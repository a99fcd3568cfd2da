import { css } from 'lit';

export const youthStyles = css`
  .result p {
    font-size: 1.125em;
  }

  .danger-text {
    font-weight: bold;
    color: var(--_ak-color-level-acute);
  }
`;
