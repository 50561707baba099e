/** What the positions view's chunk holds: the view on screen and on paper (see LazyPositions). */
export { PositionsView } from './PositionsView.tsx';
export { PrintPositions } from './PrintPositions.tsx';
