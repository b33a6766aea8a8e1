using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FluentAssertions;
using NUnit.Framework;
using Seaworthy.Secrets;
using Seaworthy.Testing;

namespace Seaworthy.Cli.Tests;

/// <summary>
/// Plants every kind of the secret catalogue in every surface and field a secret is written in (Dockerfile RUN,
/// heredoc, CMD, ENV, LABEL; Compose command, labels, environment, build args, x- keys; Kubernetes args, command,
/// annotations, ConfigMap, Secret), and values in the environment, .env, env_file and --build-arg that the files
/// interpolate, then runs the command line in every lint format: no raw value appears in any output.
/// </summary>
public sealed class SecretLeakTests
{
    // A catalogue kind: a snippet that holds the secret the way it is written in the wild, on one line, and the raw secret.
    private static readonly (string Kind, string Snippet, string Raw)[] Planted =
    {
        ("aws-access-key-id", "AKIAQ3EGUQWERTYZ2345", "AKIAQ3EGUQWERTYZ2345"),
        ("aws-secret-access-key", "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", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq9x8c7v6b"),
        ("github-token", "ghp_R4nd0mT0k3nV4lu3F0rS34w0rthyT3st1ng0123", "R4nd0mT0k3nV4lu3F0rS34w0rthyT3st1ng0123"),
        ("github-fine-grained-token", "github_pat_11AAAAAAA0abcdefghijklmn_OPQRSTUVWXYZabcdefghij", "11AAAAAAA0abcdefghijklmn_OPQRSTUVWXYZabcdefghij"),
        ("gitlab-token", "glpat-Zq9x8c7v6b5n4m3l2k1j", "Zq9x8c7v6b5n4m3l2k1j"),
        ("slack-token", "xoxb-2345678901-2345678901234-ZyXwVuTsRqPoNmLkJiHgFeDc", "2345678901-2345678901234-ZyXwVuTsRqPoNmLkJiHgFeDc"),
        ("slack-app-token", "xapp-1-A0987ZYXWVU-9876543210987-fedcba9876543210fedc", "1-A0987ZYXWVU-9876543210987-fedcba9876543210fedc"),
        ("slack-webhook-url", "https://hooks.slack.com/services/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", "T0AAAAAAA/B0BBBBBBB/WebhookPlantedZyXwVuTsRq"),
        ("stripe-key", "sk_live_StripePlanted7v6b5n4m3l2k1j", "StripePlanted7v6b5n4m3l2k1j"),
        ("google-api-key", "AIzaSyZq9x8c7v6b5n4m3l2k1jHgFdSaPoIuYtR", "SyZq9x8c7v6b5n4m3l2k1jHgFdSaPoIuYtR"),
        ("azure-storage-key", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=AzureStoragePlantedKey0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01==;EndpointSuffix=core.windows.net", "AzureStoragePlantedKey0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01"),
        ("azure-sas-signature", "https://acct.blob.core.windows.net/c/b?sv=2020-08-04&sig=SasPlantedSignature0123456789abcdef%2B%3D", "SasPlantedSignature0123456789abcdef"),
        ("azure-client-secret", "xyz8Q~AzureClientPlanted0123456789abcd", "AzureClientPlanted0123456789abcd"),
        ("private-key", "-----BEGIN RSA PRIVATE KEY-----\\nMIIEpQIBAAKCAQEAplantedPrivateKeyBody\\n-----END RSA PRIVATE KEY-----", "MIIEpQIBAAKCAQEAplantedPrivateKeyBody"),
        ("jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwbGFudGVkLXNlYXdvcnRoeSJ9.c2lnbmF0dXJlLXBsYW50ZWQtMTIz", "eyJzdWIiOiJwbGFudGVkLXNlYXdvcnRoeSJ9"),
        ("npm-token", "npm_zq9x8c7v6b5n4m3l2k1jhgfdsapoiuytre12", "zq9x8c7v6b5n4m3l2k1jhgfdsapoiuytre12"),
        ("npmrc-auth", "//registry.npmjs.org/:_authToken=5f3c2a1b-0000-4abc-9def-npmrcplanted", "5f3c2a1b-0000-4abc-9def-npmrcplanted"),
        ("url-credentials", "git clone https://oauth2:Url-Pa55-planted@git.example.com/r.git", "Url-Pa55-planted"),
        ("connection-string-password", "Server=db;User Id=sa;Password=Conn-Pa55-planted;", "Conn-Pa55-planted"),
        ("authorization-header", "curl -H 'Authorization: Basic QXV0aC1oZWFkZXItcGxhbnRlZA==' https://example.com", "QXV0aC1oZWFkZXItcGxhbnRlZA"),
        ("bearer-token", "token Bearer Bearer-planted-0123456789abc", "Bearer-planted-0123456789abc"),
        ("curl-user", "curl -fsS -u admin:Curl-Pa55-planted https://example.com", "Curl-Pa55-planted"),
        ("docker-login-password", "docker login -u ci -p Login-Pa55-planted registry.example.com", "Login-Pa55-planted"),
        ("password-option", "app --password Opt-Pa55-planted", "Opt-Pa55-planted"),
        ("secret-assignment", "export DB_PASSWORD=Assign-Pa55-planted", "Assign-Pa55-planted"),
    };

    // Written by name only: a value is a secret because of the key it is under.
    private static readonly string[] ByName =
    {
        "Label-Pa55-planted", "Ext-Pa55-planted", "Cm-Pa55-planted", "Ann-Pa55-planted", "Secret-Pa55-planted", "U2VjcmV0LWRhdGEtcGxhbnRlZA",
        "Env-Pa55-planted", "Arg-Pa55-planted", "K8sEnv-Pa55-planted",
    };

    // From outside the files: the process environment, .env, an env_file, --build-arg.
    private static readonly (string Name, string Value)[] Environment =
    {
        ("SW_LEAK_TEST_GITHUB_TOKEN", "ghs_EnvironmentPlantedToken0123456789abcdef"),
        ("SW_LEAK_TEST_DEPLOY_PASSWORD", "Ci-Deploy-Pa55-planted"),
    };

    private const string DotEnvValue = "Dotenv-Pa55-planted";
    private const string EnvFileValue = "EnvFile-Pa55-planted";
    private const string BuildArgValue = "BuildArg-Pa55-planted";

    private string _folder = null!;

    [SetUp]
    public void CreateProject()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sw-leak-" + Path.GetRandomFileName());
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), Dockerfile());
        File.WriteAllText(Path.Combine(_folder, "compose.yaml"), Compose());
        File.WriteAllText(Path.Combine(_folder, ".env"), $"DOTENV_TAG={DotEnvValue}\n");
        File.WriteAllText(Path.Combine(_folder, "app.env"), $"APP_SECRET={EnvFileValue}\nAPP_TAG={EnvFileValue}\n");
        File.WriteAllText(Path.Combine(_folder, "k8s.yaml"), Kubernetes());
    }

    [TearDown]
    public void DeleteProject() => Directory.Delete(_folder, recursive: true);

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("msbuild")]
    [TestCase("github")]
    [TestCase("checkstyle")]
    [TestCase("junit")]
    [TestCase("gitlab")]
    [TestCase("sonarqube")]
    [TestCase("html")]
    public async Task No_format_shows_a_planted_secret(string format)
    {
        foreach (var (name, value) in Environment)
        {
            System.Environment.SetEnvironmentVariable(name, value);
        }

        try
        {
            var (_, output, error) = await CliRunner.RunAsync("lint", "--format", format, "--build-arg", "TAG=" + BuildArgValue, _folder);

            output.Should().Contain("SW1046", "the planted credentials are reported");
            output.Should().Contain("SW3015", "values from the environment reach messages");
            if (format is "text" or "html")
            {
                output.Should().Contain(" | ", "the text and HTML formats show code frames");
            }

            var leaked = (output + error).Split('\n').Where(line => RawValues().Any(raw => line.Contains(raw, StringComparison.Ordinal))).ToArray();
            leaked.Should().BeEmpty("these lines show planted values");
        }
        finally
        {
            foreach (var (name, _) in Environment)
            {
                System.Environment.SetEnvironmentVariable(name, null);
            }
        }
    }

    [TestCase("text")]
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("junit")]
    [TestCase("github")]
    [TestCase("html")]
    public async Task No_audit_format_shows_a_credential_of_the_snapshot(string format)
    {
        // An image's history and labels, a container's labels and dockerd's command line, each with a credential.
        var snapshot = HostFixtures.WriteSnapshot(Path.Combine(HostFixtures.Root, "SW1046", "fires-history-labels-and-command-line.json"), Path.Combine(_folder, "snapshot.json"));
        File.ReadAllText(snapshot).Should().Contain("Tr0ub4dor-3").And.Contain("abcdefghijklmnopqrstuvwxyzAB");

        var (_, output, error) = await CliRunner.RunAsync("audit", "--snapshot", snapshot, "--format", format);

        output.Should().Contain("SW1046");
        (output + error).Should().NotContain("Tr0ub4dor-3").And.NotContain("abcdefghijklmnopqrstuvwxyzAB").And.NotContain("XXXXXXXXXXXXXXXX");
    }

    [Test]
    public async Task An_engine_address_with_a_password_is_masked_in_the_error()
    {
        // Nothing listens on port 1: the error quotes the address the user gave, without its password.
        var (exitCode, output, error) = await CliRunner.RunAsync("audit", "--host", "tcp://admin:Host-Pa55-planted@127.0.0.1:1", "--timeout", "5");

        exitCode.Should().Be(2);
        (output + error).Should().NotContain("Host-Pa55-planted");
        error.Should().StartWith("seaworthy: Cannot reach the Docker Engine at tcp://admin:********@127.0.0.1:1");
    }

    [Test]
    public async Task A_credential_quoted_by_a_configuration_error_is_masked()
    {
        var configuration = Path.Combine(_folder, "bad.yaml");
        File.WriteAllText(configuration, "rules:\n  ghp_R4nd0mT0k3nV4lu3F0rS34w0rthyT3st1ng0123: off\n");

        var (exitCode, _, error) = await CliRunner.RunAsync("lint", _folder, "--config", configuration);

        exitCode.Should().Be(2);
        error.Should().Contain("ghp_").And.NotContain("R4nd0mT0k3nV4lu3F0rS34w0rthyT3st1ng0123");
    }

    [Test]
    public void Every_kind_of_the_catalogue_is_planted_in_a_shape_it_finds()
    {
        Planted.Select(p => p.Kind).Should().BeEquivalentTo(SecretCatalogue.Patterns.Select(pattern => pattern.Id));
        foreach (var (kind, snippet, raw) in Planted)
        {
            var pattern = SecretCatalogue.Patterns.Single(p => p.Id == kind);
            var text = snippet.Replace("\\n", "\n", StringComparison.Ordinal);
            pattern.Find(text).Should().Contain(match => text.Substring(match.Start, match.Length).Contains(raw, StringComparison.Ordinal), kind);
        }
    }

    [Test]
    public async Task The_secret_surfaces_are_all_read()
    {
        // Guards the test above against passing because a file was not analyzed at all.
        var (_, output, _) = await CliRunner.RunAsync("lint", "--format", "msbuild", _folder);

        output.Should().Contain("Dockerfile(").And.Contain("compose.yaml(").And.Contain("k8s.yaml(");
    }

    private static IEnumerable<string> RawValues() =>
        Planted.Select(p => p.Raw).Concat(ByName).Concat(Environment.Select(e => e.Value)).Append(DotEnvValue).Append(EnvFileValue).Append(BuildArgValue);

    private static string Dockerfile()
    {
        var text = new StringBuilder("ARG TAG\nFROM alpine:${TAG}\n");
        for (var i = 0; i < Planted.Length; i++)
        {
            var snippet = Planted[i].Snippet;
            text.Append(CultureInfo.InvariantCulture, $"RUN echo {snippet} > /tmp/{i}\n");
            text.Append(CultureInfo.InvariantCulture, $"ENV PLANTED_{i}=\"{snippet}\"\n");
            text.Append(CultureInfo.InvariantCulture, $"LABEL planted.{i}=\"{snippet}\"\n");
            text.Append(CultureInfo.InvariantCulture, $"CMD [\"sh\", \"-c\", \"{snippet.Replace("\\", "\\\\", StringComparison.Ordinal)}\"]\n");
        }

        text.Append("RUN <<EOF\ncat > /root/.ssh/id_rsa <<KEY\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpQIBAAKCAQEAplantedPrivateKeyBody\n-----END RSA PRIVATE KEY-----\nKEY\nEOF\n");
        text.Append("ENV API_PASSWORD=Env-Pa55-planted\nARG DEPLOY_SECRET=Arg-Pa55-planted\n");
        return text.ToString();
    }

    private static string Compose()
    {
        var text = new StringBuilder();
        text.Append("x-api-token: Ext-Pa55-planted\n");
        for (var i = 0; i < Planted.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"x-planted-{i}: {Quote(Planted[i].Snippet)}\n");
        }

        text.Append("services:\n  app:\n    image: \"nginx:${DOTENV_TAG}\"\n    cpus: ${SW_LEAK_TEST_GITHUB_TOKEN}\n    restart: \"${SW_LEAK_TEST_DEPLOY_PASSWORD}\"\n");
        text.Append("    env_file: app.env\n    command:\n");
        foreach (var planted in Planted)
        {
            text.Append(CultureInfo.InvariantCulture, $"      - {Quote(planted.Snippet)}\n");
        }

        text.Append("    labels:\n      com.example.db-password: Label-Pa55-planted\n");
        for (var i = 0; i < Planted.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"      planted.{i}: {Quote(Planted[i].Snippet)}\n");
        }

        text.Append("    environment:\n");
        for (var i = 0; i < Planted.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"      PLANTED_{i}: {Quote(Planted[i].Snippet)}\n");
        }

        text.Append("  builder:\n    build:\n      context: .\n      args:\n");
        for (var i = 0; i < Planted.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"        PLANTED_{i}: {Quote(Planted[i].Snippet)}\n");
        }

        return text.ToString();
    }

    private static string Kubernetes()
    {
        var text = new StringBuilder();
        text.Append("apiVersion: v1\nkind: Secret\nmetadata:\n  name: planted\ndata:\n  password: U2VjcmV0LWRhdGEtcGxhbnRlZA==\nstringData:\n  token: Secret-Pa55-planted\n");
        text.Append("---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: planted\n  annotations:\n    example.com/deploy-token: Ann-Pa55-planted\ndata:\n  DB_PASSWORD: Cm-Pa55-planted\n");
        for (var i = 0; i < Planted.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  planted-{i}: {Quote(Planted[i].Snippet)}\n");
        }

        text.Append("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: planted\n  annotations:\n");
        for (var i = 0; i < Planted.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    planted/{i}: {Quote(Planted[i].Snippet)}\n");
        }

        text.Append("spec:\n  selector:\n    matchLabels: {app: planted}\n  template:\n    metadata:\n      labels: {app: planted}\n    spec:\n      containers:\n        - name: app\n          image: nginx:1.27\n");
        text.Append("          command: [\"sh\", \"-c\"]\n          args:\n");
        foreach (var planted in Planted)
        {
            text.Append(CultureInfo.InvariantCulture, $"            - {Quote(planted.Snippet)}\n");
        }

        text.Append("          env:\n            - name: API_PASSWORD\n              value: K8sEnv-Pa55-planted\n");
        return text.ToString();
    }

    private static string Quote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
