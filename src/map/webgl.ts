/**
 * Whether this browser can draw the map at all: MapLibre 6 needs WebGL 2. Asked once, before MapLibre loads,
 * so a browser without it gets a sentence instead of "Loading the map…" forever.
 */
export function canDrawMap(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return gl !== null;
  } catch {
    return false;
  }
}

