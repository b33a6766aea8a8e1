using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Secrets;
using Seaworthy.Testing;

namespace Seaworthy.Tests.Secrets;

/// <summary>Each pattern of the secret catalogue finds the secret in a text that holds one, and nothing in a text that does not.</summary>
public sealed class SecretCatalogueTests
{
    // id, a text with the secret, the secret that is masked, a text the pattern must leave alone.
    private static readonly (string Id, string Text, string Secret, string Clean)[] Cases =
    {
        ("aws-access-key-id", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLEXX is too long; AKIA1234 too short"),
        ("aws-secret-access-key", "ENV BLOB=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "git checkout da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("github-token", "export TOKEN=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB", "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB", "ghp_short and ghx_0123456789abcdefghijklmnopqrstuvwxyzAB"),
        ("github-fine-grained-token", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "github_pat_short"),
        ("gitlab-token", "PRIVATE-TOKEN: glpat-abcdefghij0123456789", "glpat-abcdefghij0123456789", "glpat-short"),
        ("slack-token", "SLACK=xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "xoxb-12 and xoxz-1234567890-1234567890"),
        ("slack-app-token", "xapp-1-A0123ABCDEF-1234567890123-0123456789abcdef0123", "xapp-1-A0123ABCDEF-1234567890123-0123456789abcdef0123", "xapp-x"),
        ("slack-webhook-url", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "https://hooks.slack.com/services/"),
        ("stripe-key", "STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_x and pk_live_4eC39HqLyjWDarjtT1zdp7dc"),
        ("google-api-key", "key=AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe", "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe", "AIzaShort"),
        ("azure-storage-key", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", "DefaultEndpointsProtocol=https;AccountName=acct;EndpointSuffix=core.windows.net"),
        ("azure-sas-signature", "https://acct.blob.core.windows.net/c?sv=2020-08-04&sig=abcdEFGHijklMNOPqrstUVWXyz0123456789%2B%2F%3D", "abcdEFGHijklMNOPqrstUVWXyz0123456789%2B%2F%3D", "https://acct.blob.core.windows.net/c?sv=2020-08-04&sig=short"),
        ("azure-client-secret", "AZURE_CLIENT_SECRET=abc8Q~abcdefghijklmnopqrstuvwxyz01234", "abc8Q~abcdefghijklmnopqrstuvwxyz01234", "abc8Q~short"),
        ("private-key", "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----", "\nMIIEowIBAAKCAQEA\n", "-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----"),
        ("jwt", "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", "eyJhbGci.eyJzdWIi is cut short"),
        ("npm-token", "NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789", "npm_abcdefghijklmnopqrstuvwxyz0123456789", "npm_short"),
        ("npmrc-auth", "//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000000", "//registry.npmjs.org/:_authToken=${NPM_TOKEN}"),
        ("url-credentials", "git clone https://oauth2:hunter2@gitlab.example.com/group/repo.git", "hunter2", "git clone https://$USER:${PASS}@gitlab.example.com/group/repo.git"),
        ("connection-string-password", "Server=db;Database=app;User Id=sa;Password=Hunter2!;", "Hunter2!", "Server=db;Database=app;Integrated Security=true;"),
        ("authorization-header", "curl -H \"Authorization: Basic dXNlcjpodW50ZXIy\" https://example.com", "dXNlcjpodW50ZXIy", "curl -H \"Authorization: Bearer $TOKEN\" https://example.com"),
        ("bearer-token", "the client sends Bearer abcdefghijklmnop0123", "abcdefghijklmnop0123", "Bearer authentication"),
        ("curl-user", "curl -fsS -u admin:hunter22 https://example.com", "hunter22", "curl -fsS -u admin:$PASSWORD https://example.com"),
        ("docker-login-password", "docker login -u ci -p hunter22 registry.example.com", "hunter22", "docker login -u ci --password-stdin registry.example.com"),
        ("password-option", "CMD [\"app\", \"--password\", \"hunter22\"]", "hunter22", "app --password-file /run/secrets/db"),
        ("secret-assignment", "export DB_PASSWORD=hunter22", "hunter22", "DB_PASSWORD_FILE=/run/secrets/db; mpd ALL=NOPASSWD: /bin/mount"),
    };

    private static IEnumerable<TestCaseData> PatternCases() =>
        Cases.Select(c => new TestCaseData(c.Id, c.Text, c.Secret, c.Clean).SetName("Catalogue pattern " + c.Id));

    [Test]
    public void Every_pattern_of_the_catalogue_has_a_case()
    {
        SecretCatalogue.Patterns.Select(pattern => pattern.Id).Should().BeEquivalentTo(Cases.Select(c => c.Id));
        SecretCatalogue.Patterns.Should().OnlyContain(pattern => pattern.Kind.Length > 0 && pattern.Source.Length > 0);
    }

    [TestCaseSource(nameof(PatternCases))]
    public void Pattern_finds_its_secret_and_nothing_else(string id, string text, string secret, string clean)
    {
        var pattern = SecretCatalogue.Patterns.Single(p => p.Id == id);

        var matches = pattern.Find(text).ToArray();
        matches.Should().ContainSingle();
        text.Substring(matches[0].Start, matches[0].Length).Should().Be(secret);
        pattern.Find(clean).Should().BeEmpty();
    }

    [TestCaseSource(nameof(PatternCases))]
    public void A_pattern_requires_only_what_its_matches_contain(string id, string text, string secret, string clean)
    {
        var pattern = SecretCatalogue.Patterns.Single(p => p.Id == id);

        pattern.Requires.Where(required => text.IndexOf(required, System.StringComparison.OrdinalIgnoreCase) < 0).Should().BeEmpty();
        pattern.HasRequired(text).Should().BeTrue();
    }

    [TestCase("url-credentials", "RUN curl -fsSL https://example.com/install.sh | sh")]
    [TestCase("curl-user", "RUN curl -fsSL https://example.com/install.sh | sh")]
    public void A_common_keyword_without_what_the_pattern_requires_runs_no_regex(string id, string text)
    {
        var pattern = SecretCatalogue.Patterns.Single(p => p.Id == id);

        pattern.Requires.Should().NotBeEmpty();
        pattern.HasRequired(text).Should().BeFalse();
        SecretCatalogue.FindAll(text).Should().BeEmpty();
    }

    [Test]
    public void The_broad_assignment_pattern_masks_but_is_not_reported()
    {
        SecretCatalogue.Patterns.Where(pattern => !pattern.IsReported).Select(pattern => pattern.Id).Should().Equal("secret-assignment");
        SecretCatalogue.FindFirst("--webhook-ca-secret=webhook-ca-name").Should().BeNull();
        SecretMasker.Catalogue.MaskText("--webhook-ca-secret=webhook-ca-name").Should().Be("--webhook-ca-secret=********");
    }

    [Test]
    public void A_known_prefix_is_kept_visible()
    {
        var match = SecretCatalogue.FindFirst("AKIAIOSFODNN7EXAMPLE");

        match.Should().NotBeNull();
        match!.Value.KeepLength.Should().Be(4);
        match.Value.Pattern.Kind.Should().Be("an AWS access key id");
    }

    // Inputs on which a backtracking pattern of the usual shape rescans the text from every place a match could start
    // (hours at these sizes): the catalogue's patterns find the secret at the end. A pattern gone quadratic would reach
    // its timeout and mask the whole text instead.
    private static IEnumerable<TestCaseData> HostileCases()
    {
        static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
        const string Header = "-----BEGIN RSA PRIVATE KEY-----\n";
        const string Jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.hunter22hunter22";
        const string Token = "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB";
        yield return new TestCaseData("curl-user", Repeat("curl ", 100_000) + "-u admin\ncurl -u admin:hunter22", "hunter22").SetName("Hostile input: a curl command on every word");
        yield return new TestCaseData("docker-login-password", Repeat("docker login ", 50_000) + "-p\ndocker login -p hunter22", "hunter22").SetName("Hostile input: a docker login on every word");
        yield return new TestCaseData("url-credentials", Repeat("a.", 300_000) + ":// https://admin:hunter22@example.com", "hunter22").SetName("Hostile input: a URL scheme of 600,000 characters");
        yield return new TestCaseData("connection-string-password", Repeat(";password=", 100_000) + ";password=hunter22", "hunter22").SetName("Hostile input: a password= on every word");
        yield return new TestCaseData("password-option", " --password" + new string(' ', 500_000) + "hunter22", "hunter22").SetName("Hostile input: spaces between an option and its value");
        yield return new TestCaseData("private-key", Repeat(Header, 50_000) + "hunter22", "\n" + Repeat(Header, 49_999) + "hunter22").SetName("Hostile input: private key headers without an end");
        yield return new TestCaseData("jwt", Repeat("eyJ.eyJ.", 100_000) + " " + Jwt, Jwt).SetName("Hostile input: token starts without a token");
        yield return new TestCaseData("github-token", "ghp_" + new string('a', 500_000) + " " + Token, Token).SetName("Hostile input: a token prefix before a run too long for a token");
    }

    [TestCaseSource(nameof(HostileCases))]
    public void Hostile_input_is_searched_in_linear_time(string id, string text, string secret)
    {
        var pattern = SecretCatalogue.Patterns.Single(p => p.Id == id);

        var matches = pattern.Find(text);

        matches.Should().NotBeEmpty();
        var last = matches[matches.Count - 1];
        (last.Start, last.Length).Should().Be((text.LastIndexOf(secret, System.StringComparison.Ordinal), secret.Length), "the secret at the end is found, not the whole text masked after a timeout");
    }

    // A line scan stops only where the next match could start, so an argument that merely contains the command's
    // name (a registry host, a user name) does not hide the password after it.
    [TestCase("docker-login-password", "docker login docker.io -u ci-login -p hunter22")]
    [TestCase("docker-login-password", "docker login -u ci docker login -p hunter22")]
    [TestCase("curl-user", "curl https://example.com/curl --retry 3 -u admin:hunter22")]
    [TestCase("curl-user", "curl https://example.com/ && curl -u admin:hunter22 https://example.com/")]
    public void A_line_scan_finds_the_password_after_the_command_name_in_an_argument(string id, string text)
    {
        var matches = SecretCatalogue.Patterns.Single(p => p.Id == id).Find(text);

        matches.Select(match => text.Substring(match.Start, match.Length)).Should().Equal("hunter22");
    }

    [TestCase("Bearer abc", 0b01UL)]
    [TestCase("a BEARER", 0b01UL)]
    [TestCase("xy", 0UL)]
    [TestCase("://x and q~", 0b110UL)]
    [TestCase("tokens", 0b1000UL)]
    [TestCase("to", 0UL)]
    [TestCase("\u017Fecret and \u212Aey", 0b10000UL)]
    public void Keywords_are_found_anywhere_ignoring_case_and_tell_their_tags(string text, ulong tags)
    {
        var search = new KeywordSearch(new[] { ("bearer", 0b01UL), ("://", 0b10UL), ("q~", 0b100UL), ("token", 0b1000UL), ("secret", 0b10000UL), ("key", 0b10000UL) });

        search.TagsIn(text).Should().Be(tags);
    }

    [Test]
    public void A_secret_is_found_wherever_its_keyword_is_in_a_long_text()
    {
        // The prefilter names the patterns whose keyword occurs; a keyword at the very end, after many near-misses, counts.
        var text = string.Concat(Enumerable.Repeat("gh gl xo sk ", 1000)) + "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB";

        SecretCatalogue.FindAll(text).Select(match => match.Pattern.Id).Should().Equal("github-token");
    }

    [Test]
    public void Every_pattern_without_a_lookaround_has_a_gate()
    {
        static bool HasLookaround(string regex) => new[] { "(?=", "(?!", "(?<=", "(?<!" }.Any(regex.Contains);

        SecretCatalogue.Patterns.Where(pattern => !pattern.HasGate).Select(pattern => pattern.Id)
            .Should().Equal(SecretCatalogue.Patterns.Where(pattern => HasLookaround(pattern.Source)).Select(pattern => pattern.Id))
            .And.Equal("curl-user", "docker-login-password");
    }

    // The gate only says whether a text holds a match; with it, every pattern finds exactly what the interpreter alone
    // finds, on the cases above, the hostile inputs and every file and line of the shared corpora, searched whole
    // (without the prefilter, so that every pattern meets every text).
    [Test]
    public void A_gated_pattern_finds_exactly_what_the_interpreter_finds()
    {
        var texts = Cases.SelectMany(c => new[] { c.Text, c.Clean })
            .Concat(HostileCases().Select(data => (string)data.Arguments[1]!))
            .Concat(CorpusTexts())
            .ToArray();
        var withMatches = 0;
        var without = 0;

        foreach (var pattern in SecretCatalogue.Patterns.Where(pattern => pattern.HasGate))
        {
            var gated = pattern.WithGateAfter(0);
            var interpreted = pattern.WithGateAfter(long.MaxValue);
            foreach (var text in texts)
            {
                var expected = interpreted.Search(text).Select(match => (match.Start, match.Length, match.KeepLength)).ToArray();

                gated.Search(text).Select(match => (match.Start, match.Length, match.KeepLength)).Should().Equal(expected, "{0} on {1}", pattern.Id, text.Length > 200 ? text[..200] + "..." : text);
                if (expected.Length > 0)
                {
                    withMatches++;
                }
                else
                {
                    without++;
                }
            }
        }

        // Both answers of the gate are put to the test.
        withMatches.Should().BeGreaterThan(100);
        without.Should().BeGreaterThan(100_000);
    }

    private static IEnumerable<string> CorpusTexts()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.CorpusPath(), "*", SearchOption.AllDirectories).Where(file => new FileInfo(file).Length < 512 * 1024).OrderBy(file => file, System.StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            yield return text;
            foreach (var line in text.Split('\n'))
            {
                yield return line;
            }
        }
    }
}
