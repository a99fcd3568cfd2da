export declare const gzipBytes: (code: string | Uint8Array) => number;
export declare const fileBytes: (name: string) => number;
export declare const pageBytes: (files: readonly string[]) => number;
export declare function appBytes(entry: string, name?: string): Promise<number>;
