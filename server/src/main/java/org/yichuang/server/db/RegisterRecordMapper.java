package org.yichuang.server.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jdbi.v3.core.extension.annotation.UseExtensionConfigurer;

/**
 * Maps rows to a record through its constructor, as Jdbi's {@code @RegisterConstructorMapper} does, but matches
 * columns to constructor parameters once per column list instead of once per statement ({@link RecordMappers}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@UseExtensionConfigurer(RecordMappers.Configurer.class)
@Repeatable(RegisterRecordMappers.class)
public @interface RegisterRecordMapper {
    /** The record (or class with one constructor) each row becomes. */
    Class<?> value();
}
