package app.fiv.demo;

/**
 * Command line of {@link DemoCommServe#main}: {@code [--port N] [--print-access-token]}.
 *
 * @param port             the port of {@code --port N} or {@code --port=N}; 0 (any free port) when absent
 * @param printAccessToken whether to print an access token pair on stdout
 */
record DemoCommServeArgs(int port, boolean printAccessToken) {

    static final String USAGE = "usage: java -cp <classpath> app.fiv.demo.DemoCommServe [--port N] [--print-access-token]";

    static DemoCommServeArgs parse(String[] args) {
        int port = 0;
        boolean printAccessToken = false;
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals("--print-access-token")) {
                printAccessToken = true;
                continue;
            } else if (args[i].equals("--port")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("missing port number after --port");
                }
                value = args[++i];
            } else if (args[i].startsWith("--port=")) {
                value = args[i].substring("--port=".length());
            } else {
                throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
            try {
                port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a port number: " + value);
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        }
        return new DemoCommServeArgs(port, printAccessToken);
    }

    /** The port alone, for callers that need nothing else. */
    static int port(String[] args) {
        return parse(args).port();
    }
}
