/**
 * A throw-away self-signed certificate for YouTube's hosts, made with the openssl command
 * line (Debian's openssl, pulled in by ca-certificates). Firefox is told to accept it
 * through WebDriver BiDi's acceptInsecureCerts capability, so nothing is installed in
 * any trust store and no key is ever committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { YOUTUBE_HOSTS } from '../../../../youtube/hosts';

export interface KeyPair {
  key: string;
  cert: string;
}

export function makeSelfSignedCert(hosts: readonly string[] = YOUTUBE_HOSTS): KeyPair {
  const dir = mkdtempSync(join(tmpdir(), 'talk-clipper-tls-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-nodes', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
        '-keyout', keyFile, '-out', certFile, '-days', '2',
        '-subj', `/CN=${hosts[0] ?? 'www.youtube.com'}`,
        '-addext', `subjectAltName=${hosts.map((host) => `DNS:${host}`).join(',')}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  } catch (error) {
    throw new Error(`Could not make a test certificate with openssl (apt-get install -y openssl): ${String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
