package org.newsroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The keys files are stored under ({@link MediaStore}): the lowercase hex SHA-256 of their bytes. */
final class ContentKeys {

    private ContentKeys() {}

    /** Content written to a file aside, with its key, before a store knows whether it has those bytes already. */
    record Spooled(String key, long size) {}

    static Spooled spool(InputStream content, Path file) throws IOException {
        MessageDigest sha256 = sha256();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            size = content.transferTo(out);
        }
        return new Spooled(HexFormat.of().formatHex(sha256.digest()), size);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
