using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Playwright;
using NUnit.Framework;
using Seaworthy.Testing;

namespace Seaworthy.Cli.Tests;

/// <summary>
/// Opens the HTML report of docs/examples in Debian's chromium through Playwright (tests/run.sh installs it;
/// Playwright downloads no browser of its own) and checks it against the JSON report of the same input.
/// </summary>
[NonParallelizable]
public class HtmlReportBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    private string _folder = null!;
    private string _html = null!;
    private JsonElement _json;

    [OneTimeSetUp]
    public async Task WriteReports()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Fail($"{Chromium} is missing: install Debian's chromium (tests/run.sh does).");
        }

        _folder = Directory.CreateTempSubdirectory("seaworthy-html-").FullName;
        var examples = Path.Combine(TestPaths.RepositoryRoot, "docs", "examples");
        _html = Path.Combine(_folder, "report.html");
        var jsonPath = Path.Combine(_folder, "report.json");
        (await CliRunner.RunAsync("lint", examples, "--format", "html", "-o", _html)).ExitCode.Should().Be(1);
        (await CliRunner.RunAsync("lint", examples, "--format", "json", "-o", jsonPath)).ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(File.ReadAllText(jsonPath));
        _json = document.RootElement.Clone();
    }

    [OneTimeTearDown]
    public void DeleteReports() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task The_report_opens_cleanly_shows_the_json_reports_counts_and_filters_by_search()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = new[] { "--no-sandbox" } });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console error: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add("failed request: " + request.Url);

        await page.GotoAsync(new Uri(_html).AbsoluteUri);

        var diagnostics = _json.GetProperty("diagnostics").EnumerateArray().ToArray();
        diagnostics.Should().NotBeEmpty("docs/examples has findings");
        var summary = _json.GetProperty("summary");
        (await CountAsync(page, "[data-total]", "data-total")).Should().Be(diagnostics.Length);
        (await CountAsync(page, "[data-count-severity=\"error\"]", "data-count")).Should().Be(summary.GetProperty("errors").GetInt32());
        (await CountAsync(page, "[data-count-severity=\"warning\"]", "data-count")).Should().Be(summary.GetProperty("warnings").GetInt32());
        (await CountAsync(page, "[data-count-severity=\"info\"]", "data-count")).Should().Be(summary.GetProperty("infos").GetInt32());
        foreach (var rule in diagnostics.GroupBy(d => d.GetProperty("id").GetString()!))
        {
            (await CountAsync(page, $"[data-count-rule=\"{rule.Key}\"]", "data-count")).Should().Be(rule.Count(), "the count of " + rule.Key);
        }

        (await page.Locator("tr.finding:visible").CountAsync()).Should().Be(diagnostics.Length);

        var (ruleId, expected) = diagnostics.GroupBy(d => d.GetProperty("id").GetString()!).Select(g => (g.Key, g.Count())).First(g => g.Item2 < diagnostics.Length);
        await page.Locator("#search").FillAsync(ruleId);
        (await page.Locator("tr.finding:visible").CountAsync()).Should().Be(expected, "typing " + ruleId + " shows only its findings");
        (await page.Locator("tr.finding:visible").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.rule)")).Should().OnlyContain(id => id == ruleId);
        (await CountAsync(page, "#shown", "data-shown")).Should().Be(expected);

        await page.Locator("#search").FillAsync(string.Empty);
        (await page.Locator("tr.finding:visible").CountAsync()).Should().Be(diagnostics.Length);

        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "html-report.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        TestContext.AddTestAttachment(screenshot, "The HTML report of docs/examples in chromium");

        problems.Should().BeEmpty();
    }

    private static async Task<int> CountAsync(IPage page, string selector, string attribute) =>
        int.Parse((await page.Locator(selector).GetAttributeAsync(attribute))!, System.Globalization.CultureInfo.InvariantCulture);
}
