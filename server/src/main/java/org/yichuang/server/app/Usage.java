package org.yichuang.server.app;

/** The --help text. */
final class Usage {
    static final String TEXT = """
            用法：java -cp ... org.yichuang.server.app.Main [参数]
                  java -cp ... org.yichuang.server.app.Main calendar import|show ...（工作日历，见 calendar --help）

              --port N                   监听端口（默认 8080）
              --bind ADDR                监听地址（默认 127.0.0.1）
              --db-url URL               外部 PostgreSQL 的 JDBC 地址（不填则使用内置数据库）
              --db-user NAME             外部数据库用户
              --db-password PW           外部数据库密码
              --data-dir DIR             数据目录（默认 ~/.yichuang，内置数据库位于 DIR/pgdata）
              --config FILE              配置文件（默认 DIR/server.properties，键名与参数同名）
              --tls-keystore FILE        启用 HTTPS 的密钥库（PKCS#12 或 JKS）
              --tls-keystore-password PW 密钥库密码
              --demo-data                数据库为空时写入演示数据
              --max-body-bytes N         请求体上限（默认 65536）
              --session-hours N          登录有效期（小时，默认 12）
              --lockout-attempts N       同一用户名在同一地址连续失败几次后开始递增等待（默认 5）
              --lockout-minutes N        失败后的最长等待（分钟，默认 15）
              --sign-in-burst N          同一地址可连续发起的登录次数，之后每秒一次（默认 20）
              --db-pool-size N           本实例的数据库连接数（2–90，默认 20；多实例共用数据库时合计不超过其连接上限）
              --stream-keepalive-seconds N
                                         实时推送（叫号、红黄牌）的保活间隔，秒（1–55，默认 10；
                                         同时据此复查各连接的登录状态）
              --public-url URL           公众访问办事指南网页的地址（打印的二维码指向此处，
                                         默认 http(s)://监听地址:端口）

            环境变量 YICHUANG_PORT、YICHUANG_DB_URL 等与参数同名；优先级：参数 > 环境变量 > 配置文件 > 默认值。""";

    private Usage() {
    }
}
