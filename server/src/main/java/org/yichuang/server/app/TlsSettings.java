package org.yichuang.server.app;

import java.nio.file.Path;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** HTTPS from a keystore file (PKCS#12 or JKS). */
public record TlsSettings(Path keystore, String password) {

    /** Returns the HTTPS connector replacing Javalin's plain one. */
    Connector connector(Server server, HttpConfiguration httpConfig, String host, int port) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(keystore.toAbsolutePath().toString());
        ssl.setKeyStorePassword(password);
        HttpConfiguration https = new HttpConfiguration(httpConfig);
        // SNI host checks would refuse "localhost" and IP addresses, which a hall's LAN uses
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "TlsSettings[" + keystore + "]";
    }
}
