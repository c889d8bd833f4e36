import { join, resolve } from 'node:path';
import { projectRoot } from '../paths';

/** The launcher's Maven project (launcher/) and what `mvn package` leaves in its target/. */
export const LAUNCHER = join(projectRoot(), 'launcher');
export const TARGET = join(LAUNCHER, 'target');
export const JAR = join(TARGET, 'embedded-neo4j-1.0.0.jar');
export const LIB = join(TARGET, 'lib');
export const CLASSPATH = [JAR, join(LIB, '*')].join(':');

/**
 * What Neo4j's own start script gives its JVM (neo4j.conf's `server.jvm.additional`), which an
 * embedded start must give itself. Without the `--add-opens`, Neo4j cannot read a file
 * channel's descriptor, so it neither preallocates its transaction logs nor advises the kernel
 * on them ("Incorrect file descriptor" in debug.log), and its page cache falls back from direct
 * buffer access ("Reflection access to java.nio.DirectByteBuffer is not available").
 */
export function jvmOptions(heap: string, errorDir: string): string[] {
  return [
    // A JVM that crashes writes its report here rather than into the working directory.
    `-XX:ErrorFile=${join(resolve(errorDir), 'hs_err_pid%p.log')}`,
    // Neo4j warns when the initial heap is left to the JVM, which then grows it in steps.
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  ];
}
