/**
 * Key material for cosign: masked before anything is logged, handed over in a file of mode 0600 in
 * a private directory that is removed afterwards (or by reference), never on a command line.
 */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** References cosign resolves itself (KMS, Kubernetes secrets, a variable): passed as they are. */
const KEY_REFERENCE = /^(env|awskms|gcpkms|azurekms|hashivault|k8s|pkcs11):\/\//;

/** True when `value` is a PEM block (a key given as a secret's text). */
export function isPem(value: string): boolean {
  return /-----BEGIN [A-Z ]+-----/.test(value);
}

/** True for a reference cosign resolves itself (`env://VAR`, `awskms://…`, `k8s://…`). */
export function isKeyReference(value: string): boolean {
  return KEY_REFERENCE.test(value);
}

/**
 * Masks a secret for the runner: the whole value, each line of a multi-line value (the runner masks
 * a log line by line) but the PEM armour, and their base64 forms.
 */
export function maskSecret(value: string, mask: (value: string) => void): void {
  if (!value) return;
  const parts = new Set([value, value.trim()]);
  for (const line of value.split(/\r?\n/)) {
    const l = line.trim();
    if (l.length >= 4 && !/^-----(BEGIN|END) /.test(l)) parts.add(l);
  }
  for (const p of [...parts]) parts.add(Buffer.from(p).toString('base64'));
  for (const p of parts) if (p) mask(p);
}

/** A private directory (0700) for key files; `remove()` deletes it and everything in it. */
export class SecretDir {
  readonly path: string;
  constructor(parent: string) {
    this.path = mkdtempSync(join(parent, 'cosign-'));
    chmodSync(this.path, 0o700);
  }

  /** Writes `content` to a file of mode 0600 and returns its path. */
  write(name: string, content: string): string {
    const file = join(this.path, name);
    writeFileSync(file, content.endsWith('\n') ? content : `${content}\n`, { mode: 0o600 });
    return file;
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}
