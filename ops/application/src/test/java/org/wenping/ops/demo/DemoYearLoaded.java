package org.wenping.ops.demo;

import org.springframework.context.ApplicationContext;

import java.util.concurrent.TimeUnit;

/** Waits for the demo year an application started with {@code wenping.demo-data=true} loads in the background. */
public final class DemoYearLoaded {
    private DemoYearLoaded() {
    }

    public static void await(ApplicationContext context) throws Exception {
        LoadReport report = context.getBean(DemoDataLoader.class).completion().get(20, TimeUnit.MINUTES);
        if (!report.complete()) throw new IllegalStateException("演示数据未加载完成");
    }
}
