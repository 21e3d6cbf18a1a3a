package org.haven.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the field-encryption key comes from, checked so that a copy of the data folder never
 * holds the key as well: {@code HAVEN_ENCRYPTION_KEY} (base64 of 32 random bytes), or a key file
 * named by {@code HAVEN_ENCRYPTION_KEY_FILE} outside the data folder and readable by its owner
 * only. Only the demo profile ({@code haven.crypto.allow-generated-key}) generates a key, into
 * the data folder, for trying Haven out.
 */
public final class EncryptionKeys {

    private static final Logger log = LoggerFactory.getLogger(EncryptionKeys.class);
    static final int KEY_BYTES = 32;
    static final String GENERATED_KEY_FILE = "field-encryption.key";
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private EncryptionKeys() {
    }

    /** The key the settings name; an {@link EncryptionKeyException} saying what to set when there is none. */
    static SecretKey fieldKey(String configuredKey, String keyFile, boolean allowGeneratedKey, Path dataDir) {
        boolean hasKey = configuredKey != null && !configuredKey.isBlank();
        boolean hasFile = keyFile != null && !keyFile.isBlank();
        if (hasKey && hasFile) {
            throw new EncryptionKeyException("Both HAVEN_ENCRYPTION_KEY and HAVEN_ENCRYPTION_KEY_FILE are set: set one of them.");
        }
        if (hasKey) {
            return decode(configuredKey, "HAVEN_ENCRYPTION_KEY");
        }
        if (hasFile) {
            return fromFile(Path.of(keyFile.strip()), dataDir, "HAVEN_ENCRYPTION_KEY_FILE");
        }
        Path generated = dataDir.resolve(GENERATED_KEY_FILE);
        if (allowGeneratedKey) {
            return generatedKey(generated);
        }
        throw new EncryptionKeyException("Haven has no field-encryption key: set HAVEN_ENCRYPTION_KEY (base64 of 32 "
                + "random bytes: openssl rand -base64 32) or HAVEN_ENCRYPTION_KEY_FILE (a key file outside " + dataDir
                + "); only --demo generates one." + (Files.exists(generated) ? " The key an earlier start generated is "
                + generated + ": move it out of the data folder and set HAVEN_ENCRYPTION_KEY_FILE to it." : ""));
    }

    /**
     * A key file as {@code HAVEN_ENCRYPTION_KEY_FILE} (or {@code setting}) names it: it must exist,
     * lie outside {@code dataDir} and be readable by its owner only.
     */
    static SecretKey fromFile(Path file, Path dataDir, String setting) {
        if (!Files.isRegularFile(file)) {
            throw new EncryptionKeyException(setting + " names " + file + ", which is not a file. Create one with: "
                    + "java -jar haven.jar generate-key " + file);
        }
        if (real(file).startsWith(real(dataDir))) {
            throw new EncryptionKeyException(setting + " (" + file + ") is inside the data folder " + dataDir
                    + ": a copy of the folder would hold the key beside the data. Move the key file elsewhere.");
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new EncryptionKeyException(setting + " (" + file + ") can be read or changed by other users: "
                        + "chmod 600 " + file);
            }
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Cannot check who may read the key file {} on this file system", file);
        } catch (IOException e) {
            throw new EncryptionKeyException("Cannot read the permissions of " + file + ": " + e.getMessage(), e);
        }
        try {
            return decode(Files.readString(file), setting + " (" + file + ")");
        } catch (IOException e) {
            throw new EncryptionKeyException("Cannot read the key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a new random key into a new file readable by its owner only (created so, never widened first). */
    public static void writeNewKeyFile(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createFile(file, OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
    }

    static SecretKey decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new EncryptionKeyException(source + " is not base64: use base64 of 32 random bytes (openssl rand -base64 32).");
        }
        if (bytes.length != KEY_BYTES) {
            throw new EncryptionKeyException(source + " must be base64 of 32 random bytes (openssl rand -base64 32), not "
                    + bytes.length + " bytes.");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    /** The demo's key: generated once into the data folder, readable by its owner only. */
    private static SecretKey generatedKey(Path file) {
        try {
            if (!Files.exists(file)) {
                try {
                    writeNewKeyFile(file);
                    log.warn("Generated a field encryption key in {} for the demo. Outside --demo set "
                            + "HAVEN_ENCRYPTION_KEY or HAVEN_ENCRYPTION_KEY_FILE (docs/operations.md).", file);
                } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
                    // read below
                }
            }
            return decode(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the field encryption key " + file, e);
        }
    }
}
