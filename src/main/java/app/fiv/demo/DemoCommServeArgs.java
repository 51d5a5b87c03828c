package app.fiv.demo;

/** Command line of {@link DemoCommServe#main}. */
final class DemoCommServeArgs {

    private DemoCommServeArgs() {
    }

    /** The port of {@code --port N} or {@code --port=N}; 0 (any free port) when absent. */
    static int port(String[] args) {
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            String value;
            if (args[i].equals("--port")) {
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
        return port;
    }
}
