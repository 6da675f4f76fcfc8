package org.yichuang.server.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.yichuang.core.staff.Role;
import org.yichuang.server.account.SecretFile;

/** {@code <data-dir>/demo-accounts.properties}: keys {@code <ROLE>.username} and {@code <ROLE>.password}, mode 600. */
public final class DemoAccountsFile {
    /** The file name inside the data directory. */
    public static final String NAME = "demo-accounts.properties";

    private DemoAccountsFile() {
    }

    /** Writes the accounts. */
    public static void write(Path file, Map<Role, DemoAccount> accounts) {
        Properties p = new Properties();
        accounts.forEach((role, a) -> {
            p.setProperty(role.name() + ".username", a.username());
            p.setProperty(role.name() + ".password", a.password());
        });
        StringWriter out = new StringWriter();
        try {
            p.store(out, "Yichuang demo accounts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SecretFile.write(file, out.toString());
    }

    /** Reads the accounts; empty when the file is missing. */
    public static Map<Role, DemoAccount> read(Path file) {
        Map<Role, DemoAccount> accounts = new EnumMap<>(Role.class);
        if (!Files.isRegularFile(file)) {
            return accounts;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Role role : Role.values()) {
            String user = p.getProperty(role.name() + ".username");
            String password = p.getProperty(role.name() + ".password");
            if (user != null && password != null) {
                accounts.put(role, new DemoAccount(role, user, null, password));
            }
        }
        return accounts;
    }
}
