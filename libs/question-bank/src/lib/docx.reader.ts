/** .docx → plain text (mammoth), then the same paper parser as for .txt. */
import mammoth from 'mammoth';

export async function docxToText(buffer: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer });
  // mammoth ends every paragraph with a blank line; the paper parser wants one paragraph per line.
  return value.replace(/\n{2,}/g, '\n');
}
