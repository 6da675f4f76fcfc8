package org.yichuang.core.api;

/**
 * A sign-in (登录): staff user name, password and, for window clerks, the counter (窗口) number.
 *
 * @param counterNo null for roles that do not sit at a counter
 */
public record SignInRequest(String username, String password, Integer counterNo) {
    /** Never prints the password. */
    @Override
    public String toString() {
        return "SignInRequest[" + username + ", counter " + counterNo + "]";
    }
}
