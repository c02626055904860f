// Marker geometry without the renderer: the photo pipeline (a worker) needs no jsPDF.
export { ARUCO_MIP_36H12, MARKER_BITS, markerBits } from './dictionary.ts';
export * from './layout.ts';
