package org.yichuang.server.db;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jdbi.v3.core.extension.annotation.UseExtensionConfigurer;

/** Several {@link RegisterRecordMapper}s on one DAO or method. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@UseExtensionConfigurer(RecordMappers.ManyConfigurer.class)
public @interface RegisterRecordMappers {
    /** The mappers. */
    RegisterRecordMapper[] value();
}
