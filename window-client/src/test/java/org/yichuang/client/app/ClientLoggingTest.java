package org.yichuang.client.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The client's console stays readable: no JasperReports DEBUG flood on every print (logback.xml). */
class ClientLoggingTest {
    @Test
    void jasper_and_library_debug_output_is_off_and_our_notices_stay_on() {
        assertThat(getClass().getClassLoader().getResource("logback.xml")).isNotNull();
        assertThat(LoggerFactory.getLogger("net.sf.jasperreports.engine.fill.JRFiller").isDebugEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("net.sf.jasperreports.engine.fill.JRFiller").isInfoEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.apache.fontbox").isInfoEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.yichuang.client.preview").isDebugEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.yichuang.client.preview").isInfoEnabled()).isTrue();
    }
}
