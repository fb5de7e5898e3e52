package com.crossborder.verification.web.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who the client is when requests may come through reverse proxies: {@code X-Forwarded-For} counts only when the
 * direct peer is one of the configured proxies (CIDR blocks, IPv4 and IPv6), and then the right-most address that is
 * not itself a trusted proxy is the client (everything left of it was written by the client and may be forged). With
 * no proxy configured the header is ignored. Throttles count IPv6 clients by their /64 network, since one subscriber
 * usually holds a whole /64.
 */
public final class TrustedProxies {

    /** Only digits, hex letters, dots and colons: parsing such a literal never asks DNS. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** Parses a comma- or space-separated list of CIDR blocks (a bare address is a /32 or /128); blank: none. */
    public static TrustedProxies parse(String list) {
        List<Block> blocks = new ArrayList<>();
        if (list != null) {
            for (String item : list.split("[,\\s]+")) {
                if (!item.isBlank()) {
                    blocks.add(Block.parse(item.strip()));
                }
            }
        }
        return new TrustedProxies(blocks);
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /** The client's address for a request from {@code peer} carrying these {@code X-Forwarded-For} values. */
    public String clientAddress(String peer, List<String> forwardedFor) {
        Optional<InetAddress> direct = literal(peer);
        if (direct.isEmpty() || !trusted(direct.get())) {
            return direct.map(TrustedProxies::canonical).orElse(peer == null ? "" : peer);
        }
        List<String> hops = new ArrayList<>();
        if (forwardedFor != null) {
            for (String header : forwardedFor) {
                if (header != null) {
                    hops.addAll(Arrays.asList(header.split(",")));
                }
            }
        }
        InetAddress client = direct.get();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(stripPort(hops.get(i).strip()));
            if (hop.isEmpty()) {
                // Garbage written further left than the last trusted hop: that hop is all we know.
                break;
            }
            client = hop.get();
            if (!trusted(client)) {
                break;
            }
        }
        return canonical(client);
    }

    /** The address as failure budgets count it: an IPv4 address itself, an IPv6 address by its /64 network. */
    public static String bucket(String address) {
        Optional<InetAddress> parsed = literal(address);
        if (parsed.isEmpty()) {
            return address == null ? "" : address;
        }
        InetAddress ip = parsed.get();
        if (ip instanceof Inet6Address) {
            byte[] bytes = ip.getAddress();
            Arrays.fill(bytes, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return ip.getHostAddress();
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    private boolean trusted(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    private static String canonical(InetAddress address) {
        return address.getHostAddress().replaceFirst("%.*$", "");
    }

    private static String stripPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && colon == hop.lastIndexOf(':') && hop.indexOf('.') > 0) {
            return hop.substring(0, colon);
        }
        return hop;
    }

    /** The address a literal names (IPv4-mapped IPv6 as IPv4); empty for anything that is not a literal. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String bare = text.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        int zone = bare.indexOf('%');
        if (zone > 0) {
            bare = bare.substring(0, zone);
        }
        if (!LITERAL.matcher(bare).matches()
                || (bare.indexOf(':') < 0 && bare.chars().filter(c -> c == '.').count() != 3)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    private record Block(byte[] network, int prefix) {

        static Block parse(String cidr) {
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr : cidr.substring(0, slash);
            InetAddress ip = literal(address)
                    .orElseThrow(() -> new IllegalArgumentException("not an IP address in a trusted proxy: " + cidr));
            int bits = ip.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a prefix length in a trusted proxy: " + cidr, e);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("prefix length out of range in a trusted proxy: " + cidr);
            }
            return new Block(ip.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (candidate[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (candidate[full] & mask) == (network[full] & mask);
        }
    }
}
