// Photos as the phone takes them (often 12 MP or more, several MB) are made smaller before upload: at most about 2
// megapixels, JPEG, turned upright per EXIF (the browser applies the orientation when decoding), and without EXIF, so
// no GPS position leaves the phone. A file the browser cannot decode is sent as it is: the server names the problem.

const MAX_PIXELS = 2_000_000;
const QUALITY = 0.9;

async function decode(file) {
  if (typeof createImageBitmap === 'function') {
    return createImageBitmap(file, { imageOrientation: 'from-image' });
  }
  const address = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = address;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(address);
  }
}

/** The photo to upload: a JPEG Blob of at most about 2 MP, or the file itself when it cannot be decoded here. */
export async function prepare(file) {
  let picture;
  try {
    picture = await decode(file);
  } catch (notAPicture) {
    return file;
  }
  const width = picture.width;
  const height = picture.height;
  const scale = Math.min(1, Math.sqrt(MAX_PIXELS / (width * height)));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  context.imageSmoothingQuality = 'high';
  context.drawImage(picture, 0, 0, canvas.width, canvas.height);
  if (picture.close) picture.close();
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
  return blob || file;
}
