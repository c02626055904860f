// js-aruco2 ships no types: the part of its API the marker stage uses.
declare module 'js-aruco2' {
  type Corner = { x: number; y: number };
  type Marker = { id: number; corners: Corner[]; hammingDistance: number };
  type ImageLike = { width: number; height: number; data: Uint8ClampedArray | Uint8Array };
  class Detector {
    constructor(config?: { dictionaryName?: string; maxHammingDistance?: number });
    detect(image: ImageLike): Marker[];
  }
  const aruco: { AR: { Detector: typeof Detector } };
  export default aruco;
}
