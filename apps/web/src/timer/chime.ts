/**
 * A soft, short chime at the end of the timer: two quiet sine tones. Only where the browser
 * lets the page play sound (after someone used the page); never an error where it does not.
 */
let context: AudioContext | null = null;

export function playChime(): void {
  try {
    if (typeof AudioContext === 'undefined') return;
    if (navigator.userActivation && !navigator.userActivation.hasBeenActive) return;
    context ??= new AudioContext();
    const audio = context;
    if (audio.state === 'running') {
      ring(audio);
      return;
    }
    // A suspended context may wait for a gesture; a chime long after the end would confuse.
    const asked = performance.now();
    audio.resume().then(
      () => {
        if (performance.now() - asked < 1000) ring(audio);
      },
      () => {},
    );
  } catch {
    // No audio on this device: the visual change and the announcement carry the signal.
  }
}

function ring(audio: AudioContext): void {
  const start = audio.currentTime + 0.05;
  tone(audio, 659.25, start);
  tone(audio, 880, start + 0.28);
}

function tone(audio: AudioContext, frequency: number, at: number): void {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.12, at + 0.03);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(at);
  oscillator.stop(at + 0.95);
}
