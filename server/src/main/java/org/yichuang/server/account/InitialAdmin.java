package org.yichuang.server.account;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import org.yichuang.core.staff.Role;

/** On the very first start (no staff at all) creates {@code admin} with a random password, shown once. */
public final class InitialAdmin {
    /** The initial administrator's user name. */
    public static final String USERNAME = "admin";
    /** The file (in the data directory) that receives the password. */
    public static final String PASSWORD_FILE = "initial-admin-password.txt";

    private final StaffAccounts accounts;
    private final Passwords passwords;

    /** Wires the creator. */
    public InitialAdmin(StaffAccounts accounts, Passwords passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** Creates the account when there is none; returns true when it did. */
    public boolean ensure(Path dataDir, PrintStream out) {
        if (!accounts.none()) {
            return false;
        }
        String password = passwords.generate(16);
        accounts.create(USERNAME, "系统管理员", password, EnumSet.of(Role.ADMIN));
        Path file = dataDir.resolve(PASSWORD_FILE);
        SecretFile.write(file, password + System.lineSeparator());
        out.println("已创建初始管理员账号 " + USERNAME + "，初始密码：" + password + "（已写入 " + file + "，请登录后修改）");
        return true;
    }
}
