export type T = (key: string, params?: Record<string, string | number>) => string;
export type DateText = (iso: string, pattern?: string) => string;
