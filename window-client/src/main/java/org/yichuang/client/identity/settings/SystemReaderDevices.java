package org.yichuang.client.identity.settings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import org.yichuang.client.identity.CardReadException;
import org.yichuang.client.identity.IdentityReader;
import org.yichuang.client.identity.WltDecoder;
import org.yichuang.client.identity.pcsc.SocialSecurityCardReader;
import org.yichuang.client.identity.sam.SamReader;
import org.yichuang.client.identity.sam.SamTimeouts;

/** The real devices: SAM readers on serial ports (jSerialComm) and PC/SC terminals (javax.smartcardio). */
public final class SystemReaderDevices implements ReaderDevices {
    private final WltDecoder photos;
    private final Clock clock;

    /**
     * Devices whose cards are dated by {@code clock} (the hall's zone).
     *
     * @param photos the vendor's WLT decoder, or {@link WltDecoder#NONE}
     */
    public SystemReaderDevices(WltDecoder photos, Clock clock) {
        this.photos = photos;
        this.clock = clock;
    }

    @Override
    public List<String> serialPorts() {
        return SamReader.systemPorts();
    }

    @Override
    public Optional<String> detectSerialPort(List<String> candidates) {
        return SamReader.detect(candidates, SamTimeouts.standard());
    }

    @Override
    public List<String> pcscTerminals() throws CardReadException {
        try {
            // getInstance, not getDefault: the default stays empty when pcscd started after the client (DEVICES §2.2)
            List<String> names = new ArrayList<>();
            for (CardTerminal t : TerminalFactory.getInstance("PC/SC", null).terminals().list()) {
                names.add(t.getName());
            }
            return names;
        } catch (CardException | java.security.NoSuchAlgorithmException | RuntimeException e) {
            throw new CardReadException(CardReadException.Reason.READER_UNAVAILABLE,
                    "无法列出 PC/SC 读卡器：请检查读卡器是否连接、智能卡服务（pcscd / Smart Card）是否已启动。", e);
        }
    }

    @Override
    public IdentityReader open(ReaderSettings settings) throws CardReadException {
        return switch (settings.kind()) {
            case SAM_SERIAL -> {
                if (settings.serialPort() == null) {
                    throw new CardReadException(CardReadException.Reason.READER_UNAVAILABLE,
                            "未设置身份证阅读器的串口：请在“系统 → 读卡器设置”中选择或自动检测。");
                }
                yield SamReader.open(settings.serialPort(), photos, clock);
            }
            case PCSC -> SocialSecurityCardReader.pcsc(settings.terminal(), clock);
            case NONE -> throw new CardReadException(CardReadException.Reason.READER_UNAVAILABLE,
                    "本窗口未设置读卡器：请在“系统 → 读卡器设置”中选择。");
        };
    }
}
