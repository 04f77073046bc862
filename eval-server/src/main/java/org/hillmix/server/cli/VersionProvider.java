package org.hillmix.server.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version written into the jar manifest by the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = HillmixMain.class.getPackage().getImplementationVersion();
        return new String[] {"hillmix " + (v == null ? "(development build)" : v)};
    }
}
