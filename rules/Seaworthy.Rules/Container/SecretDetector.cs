using System;
using System.Collections.Generic;
using System.Text;
using Seaworthy.Secrets;

namespace Seaworthy.Rules.Container;

/// <summary>
/// Decides whether a variable holds a secret, from its name (a token such as <c>password</c> or
/// <c>api_key</c>) or from its value (the shape of a known credential), and redacts values for messages.
/// </summary>
internal static class SecretDetector
{
    /// <summary>Name tokens that make a name a secret's: <c>API_KEY</c> and <c>PRIVATE_KEY</c> are written joined, as <c>apikey</c>.</summary>
    public static readonly string[] SecretWords =
    {
        "password", "passwd", "pword", "pwd", "psw", "passphrase", "secret", "secrets", "token", "tokens",
        "apikey", "credential", "credentials", "creds", "auth", "privatekey", "accesskey", "secretkey", "key",
    };

    /// <summary>
    /// Name tokens that make a name about a secret, not the secret itself (DB_PASSWORD_FILE, GPG_KEY fingerprints,
    /// TOKEN_URL, AUTH_ENABLED, KEY_ID).
    /// </summary>
    public static readonly string[] NotSecretWords =
    {
        "file", "files", "path", "dir", "directory", "url", "uri", "endpoint", "host", "server", "port",
        "name", "names", "user", "username", "login", "id", "ids", "public", "pub", "gpg", "pgp",
        "fingerprint", "version", "type", "size", "length", "len", "ttl", "timeout", "expiry", "expires",
        "enabled", "enable", "disabled", "disable", "mode", "method", "provider", "algorithm", "header",
        "format", "prefix", "location", "count", "max", "min", "realm", "backend", "backends", "uid", "gid",
    };

    private static readonly HashSet<string> DefaultSecretWords = WordSet(SecretWords);

    private static readonly HashSet<string> DefaultNotSecretWords = WordSet(NotSecretWords);

    private static readonly char[] Separators = { '_', '-', '.' };

    // What a variable named *_AUTH selects rather than holds (a registry's, a proxy's or a database's auth mode).
    private static readonly HashSet<string> AuthSchemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "htpasswd", "basic", "digest", "bearer", "oauth", "oauth2", "oidc", "openid", "saml", "ldap", "kerberos",
        "ntlm", "jwt", "md5", "scram-sha-256", "trust", "peer", "ident", "silly", "anonymous", "tls", "mtls", "x509",
    };

    private static readonly HashSet<string> HarmlessValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "none", "null", "0", "1", "enabled", "disabled",
    };

    /// <summary>What makes <paramref name="name"/> look like a secret's name (the token), or null, by the default words.</summary>
    public static string? SecretNameToken(string name) => SecretNameToken(name, DefaultSecretWords, DefaultNotSecretWords);

    /// <summary>
    /// What makes <paramref name="name"/> look like a secret's name (the token), or null: a token (or two joined) of
    /// <paramref name="secretWords"/>, and none of <paramref name="notSecretWords"/>.
    /// </summary>
    public static string? SecretNameToken(string name, HashSet<string> secretWords, HashSet<string> notSecretWords)
    {
        if (name is "PWD" or "OLDPWD")
        {
            return null;
        }

        var tokens = Tokens(name);
        string? found = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (notSecretWords.Contains(token))
            {
                return null;
            }

            // "API_KEY", "PRIVATE_KEY" and "ACCESS_KEY" read as one word.
            var joined = i + 1 < tokens.Count ? token + tokens[i + 1] : null;
            if (found is null && joined is not null && secretWords.Contains(joined))
            {
                found = tokens[i] + "_" + tokens[i + 1];
            }
            else if (found is null && secretWords.Contains(token))
            {
                found = token;
            }
        }

        return found;
    }

    /// <summary>Words as names are split into tokens: lower case.</summary>
    public static HashSet<string> WordSet(IEnumerable<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            set.Add(word.ToLowerInvariant());
        }

        return set;
    }

    /// <summary>Why <paramref name="word"/> can never equal a token of a name, or null when it can.</summary>
    public static string? WordProblem(string word) =>
        word.Length == 0 ? "it is empty"
        : word.IndexOfAny(Separators) >= 0 ? "names are split at '_', '-' and '.', so a word holds none (write api_key as apikey)"
        : null;

    /// <summary>True when a value is clearly not a secret: empty, a flag, a number-like switch, or a path to a secret file.</summary>
    public static bool IsHarmlessValue(string? value) =>
        value is not null && (value.Length == 0 || HarmlessValues.Contains(value) || value.StartsWith("/", StringComparison.Ordinal));

    /// <summary>
    /// True when a value under a secret-sounding name is plainly something else: a Java class or Python module
    /// name, or a list of them (<c>org.apache.kafka.connect.json.JsonConverter</c>), a relative or home path
    /// (<c>./certs/ca.key</c>), or, for a name whose secret word is <c>auth</c>, the name of an authentication
    /// scheme (<c>REGISTRY_AUTH=htpasswd</c>).
    /// </summary>
    public static bool IsPlainlyNotSecret(string token, string? value)
    {
        if (value is null || value.Length == 0)
        {
            return false;
        }

        return IsDottedNameList(value)
            || value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal)
            || value.StartsWith("~/", StringComparison.Ordinal)
            || (value.Length > 3 && char.IsLetter(value[0]) && value[1] == ':' && value[2] is '\\' or '/')
            || (token == "auth" && AuthSchemes.Contains(value));
    }

    /// <summary>
    /// The kind of credential <paramref name="value"/> contains, by the secret catalogue (a token of a known format,
    /// a password in a URL, a connection string or a command line), with the credential redacted; or null.
    /// </summary>
    public static (string Kind, string Redacted)? MatchCredential(string value)
    {
        if (SecretCatalogue.FindFirst(value) is not { } match)
        {
            return null;
        }

        return (match.Pattern.Kind, Redact(value.Substring(match.Start, match.Length), match.KeepLength));
    }

    /// <summary>
    /// A redacted form of a secret value. A value of a known format keeps its public prefix (<c>AKIA</c>,
    /// <c>ghp_</c>) and a star for each other character, at most 16; any other value becomes eight stars, which
    /// tells nothing about its length.
    /// </summary>
    public static string Redact(string? value, int visiblePrefix)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "(no value)";
        }

        if (visiblePrefix == 0)
        {
            return "********";
        }

        var shown = Math.Min(visiblePrefix, value!.Length);
        return value.Substring(0, shown) + new string('*', Math.Min(value.Length - shown, 16));
    }

    // com.example.Main, airflow.api.auth.backend.basic_auth,airflow.api.auth.backend.session: each item at least
    // three identifiers joined by dots (two could be a host name or a short password with a dot).
    private static bool IsDottedNameList(string value)
    {
        foreach (var item in value.Split(','))
        {
            var parts = item.Trim().Split('.');
            if (parts.Length < 3)
            {
                return false;
            }

            foreach (var part in parts)
            {
                if (part.Length == 0 || !(char.IsLetter(part[0]) || part[0] == '_'))
                {
                    return false;
                }

                foreach (var ch in part)
                {
                    if (!(char.IsLetterOrDigit(ch) || ch is '_' or '$'))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    // Splits on '_', '-', '.' and lower-to-upper case changes, lower-cased: "dbPassword_FILE" -> db, password, file.
    private static List<string> Tokens(string name)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '_' or '-' or '.')
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && i > 0 && char.IsLower(name[i - 1]))
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return tokens;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
    }

}
