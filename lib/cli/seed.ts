// Demo data: filled in once the engine lands (see seed-demo.ts).
export async function seedIfEmpty(_url: string): Promise<boolean> {
  return false;
}
