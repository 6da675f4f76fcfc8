package org.yichuang.client.identity.pcsc;

/**
 * The values (TLV contents) a social-security card gave for EF05 and EF06, still as bytes. Personal data: never
 * printed, hence no generated {@link #toString()}.
 */
record SsseRecords(byte[] issueDate, byte[] validUntil, byte[] cardNumber, byte[] socialSecurityNumber, byte[] name,
        byte[] sex, byte[] ethnicity, byte[] birthDate) {

    @Override
    public String toString() {
        return "SsseRecords[…]";
    }
}
