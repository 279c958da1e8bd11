/** Styles of the scope line and of the export's progress (scope-view.ts, export-view.ts). */
import { css } from 'lit';

/** `.scope` and `.export-progress`. */
export const scopeStyles = css`
  .scope,
  .export-progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_pm-space-sm);
    margin: 0;
    color: var(--_pm-color-text-muted);
    font-variant-numeric: tabular-nums;
  }

  .scope__busy {
    font-weight: 600;
  }

  .export-progress progress {
    flex: 0 1 10rem;
  }
`;
