package io.github.smpolicy.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files a command reads on the word of another file (a profile's rule files, a scenario's
 * profile): read with a size limit, and kept inside the directory of the file that names them.
 */
final class BoundedFiles {
    private BoundedFiles() {}

    /** A file over its size limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long max) {
            super("larger than the limit of " + describe(max));
        }
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }

    /** The UTF-8 text of {@code file}; {@link TooLarge} when it holds more than {@code max} bytes. */
    static String read(Path file, long max) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > max) {
            throw new TooLarge(max);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) { // not a regular file: its size says nothing
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
        }
        if (bytes.length > max) {
            throw new TooLarge(max);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8");
        }
    }

    /**
     * {@code path}, resolved against {@code dir}, when it stays inside {@code dir}: not absolute, not
     * climbing out with {@code ..}, not leading out through a symbolic link. {@code null} when it does not.
     */
    static Path inside(Path dir, String path) {
        Path given = Path.of(path);
        Path base = dir.toAbsolutePath().normalize();
        Path resolved = base.resolve(given).normalize();
        if (given.isAbsolute() || !resolved.startsWith(base)) {
            return null;
        }
        try {
            if (Files.exists(resolved) && !resolved.toRealPath().startsWith(base.toRealPath())) {
                return null;
            }
        } catch (IOException e) {
            // unreadable: reading it will say so
        }
        return dir.resolve(given).normalize();
    }
}
