package org.yichuang.server.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The embedded cluster's two random passwords (数据库口令): the superuser's, used only by tests and maintenance, and
 * the application role's. Kept in one file inside the data directory, readable by its owner only (mode 600).
 *
 * @param superuser password of {@code postgres}
 * @param app       password of the application role {@link EmbeddedDatabase#APP_ROLE}
 */
record ClusterSecrets(String superuser, String app) {
    static final String FILE = "yichuang-db.secret";

    /** Returns new random passwords (256 bits each). */
    static ClusterSecrets generate(SecureRandom random) {
        return new ClusterSecrets(randomPassword(random), randomPassword(random));
    }

    private static String randomPassword(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Reads the file in {@code pgData} when present. */
    static Optional<ClusterSecrets> read(Path pgData) {
        Path file = pgData.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取数据库口令文件 " + file, e);
        }
        String su = p.getProperty("superuser");
        String app = p.getProperty("app");
        if (su == null || app == null) {
            throw new IllegalStateException("数据库口令文件 " + file + " 不完整；删除它后重新启动即可重设口令。");
        }
        return Optional.of(new ClusterSecrets(su, app));
    }

    /** Writes the file (mode 600 from its creation on) through a temporary file, replacing any earlier one. */
    void write(Path pgData) {
        Path file = pgData.resolve(FILE);
        Path temp = pgData.resolve(FILE + ".new");
        try {
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                out.write("# 一窗内置数据库口令：仅供本服务使用，切勿外传\nsuperuser=" + superuser + "\napp=" + app + "\n");
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入数据库口令文件 " + file, e);
        }
    }

    /** Never prints the passwords. */
    @Override
    public String toString() {
        return "ClusterSecrets[***]";
    }
}
