import { css } from 'lit';

export const youthStyles = css`
  .result p {
    font-size: 1.125em;
  }

  .intro-line {
    font-weight: bold;
  }

  .danger-text {
    font-weight: bold;
    color: var(--_ak-color-level-acute);
  }
`;
