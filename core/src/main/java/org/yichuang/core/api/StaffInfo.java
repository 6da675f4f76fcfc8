package org.yichuang.core.api;

import java.util.Set;
import org.yichuang.core.staff.Role;

/** The signed-in staff member (工作人员): login name, display name and roles. */
public record StaffInfo(String username, String displayName, Set<Role> roles) {
}
