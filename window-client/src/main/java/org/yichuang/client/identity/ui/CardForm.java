package org.yichuang.client.identity.ui;

import java.beans.PropertyChangeListener;
import org.yichuang.client.identity.IdentityCard;

/** The applicant form a card fills (the intake presenter): all or nothing, and observable for the 读卡 marks. */
public interface CardForm {
    /**
     * Fills 姓名 and the document number from {@code card}, after checking them as if typed (number checksum).
     *
     * @return null when filled, else why nothing was filled (Chinese)
     */
    String fillFromCard(IdentityCard card);

    /** Returns the name field as it is now. */
    String applicantName();

    /** Returns the number field as it is now. */
    String idNumber();

    /**
     * Returns the field the card's name went into: 姓名, or for an organisation its representative's name (issue 10:
     * the 法定代表人's card). The 读卡 marks compare it with the card.
     */
    default String cardName() {
        return applicantName();
    }

    /** Returns the field the card's number went into (see {@link #cardName()}). */
    default String cardNumber() {
        return idNumber();
    }

    /** Listens to every change of the form. */
    void addPropertyChangeListener(PropertyChangeListener listener);

    /** Stops listening. */
    void removePropertyChangeListener(PropertyChangeListener listener);
}
