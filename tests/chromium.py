"""Headless Chromium driven over the DevTools protocol on a pipe (stdlib only).

    python tests/chromium.py REPORT.html OUT.png [--print OUT-print.png]

`load(path)` opens a local file with every network access recorded, and returns
the console messages, exceptions, network requests and results of the checks
the caller evaluates; `screenshot()` captures the full page. Used by
tests/test_export_html.py and by hand to look at the report.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
]


def find() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _pipe_fds(read: int, write: int) -> None:
    """In the child: put the two pipe ends on fds 3 and 4 (via copies, so neither clobbers the other)."""
    read, write = os.dup(read), os.dup(write)
    os.dup2(read, 3)
    os.dup2(write, 4)


class Browser:
    def __init__(self, binary: str | None = None, width: int = 1366, height: int = 900) -> None:
        binary = binary or find()
        if binary is None:
            raise FileNotFoundError("chromium not installed")
        self.profile = tempfile.mkdtemp(prefix="timeline-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        self.process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={self.profile}", f"--window-size={width},{height}", "about:blank"],
            pass_fds=(3, 4),  # the protocol pipe: chromium reads fd 3, writes fd 4
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=lambda: _pipe_fds(to_browser_r, from_browser_w),
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next = 0
        self.events: list[dict] = []
        self.session: str | None = None
        self.width, self.height = width, height

    # -- protocol
    def _send(self, method: str, params: dict | None = None, session: str | None = None) -> int:
        self._next += 1
        message = {"id": self._next, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        return self._next

    def _read(self, timeout: float) -> dict:
        import select

        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise ConnectionError("chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, params: dict | None = None, timeout: float = 30, page: bool = True) -> dict:
        number = self._send(method, params, self.session if page else None)
        while True:
            message = self._read(timeout)
            if message.get("id") == number:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        for index, message in enumerate(self.events):
            if message.get("method") == method:
                return self.events.pop(index)
        while True:
            message = self._read(timeout)
            if message.get("method") == method:
                return message
            self.events.append(message)

    # -- high level
    def load(self, path: Path, media: str | None = None) -> None:
        target = self.call("Target.createTarget", {"url": "about:blank"}, page=False)["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True}, page=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False})
        if media:
            self.call("Emulation.setEmulatedMedia", {"media": media})
        self.call("Page.navigate", {"url": path.resolve().as_uri()})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def problems(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions, failed loads."""
        found = []
        for message in self.events:
            method, params = message.get("method"), message.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") in ("error", "warning"):
                found.append(f"log: {params['entry'].get('text')}")
            elif method == "Network.loadingFailed":
                found.append(f"load failed: {params.get('errorText')}")
        return found

    def requests(self) -> list[str]:
        return [
            m["params"]["request"]["url"]
            for m in self.events
            if m.get("method") == "Network.requestWillBeSent"
        ]

    def screenshot(self, out: Path, full_page: bool = True) -> Path:
        params: dict = {"format": "png"}
        if full_page:
            metrics = self.call("Page.getLayoutMetrics")
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": self.width, "height": min(size["height"], 12000), "scale": 1}
            params["captureBeyondViewport"] = True
        data = self.call("Page.captureScreenshot", params)["data"]
        out.write_bytes(base64.b64decode(data))
        return out

    def screens(self, out: Path) -> list[Path]:
        """The full page as viewport-sized PNGs (out-1.png, out-2.png, ...), for looking at."""
        metrics = self.call("Page.getLayoutMetrics")
        height = (metrics.get("cssContentSize") or metrics["contentSize"])["height"]
        paths = []
        for number, top in enumerate(range(0, int(height), self.height), start=1):
            clip = {"x": 0, "y": top, "width": self.width, "height": min(self.height, height - top), "scale": 1}
            data = self.call("Page.captureScreenshot", {"format": "png", "clip": clip, "captureBeyondViewport": True})
            path = out.with_name(f"{out.stem}-{number}.png")
            path.write_bytes(base64.b64decode(data["data"]))
            paths.append(path)
        return paths

    def pdf(self, out: Path) -> Path:
        data = self.call("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True,
                                             "printBackground": True})["data"]
        out.write_bytes(base64.b64decode(data))
        return out

    def close(self) -> None:
        try:
            self._send("Browser.close")
            self.process.wait(timeout=10)
        except Exception:  # noqa: BLE001 - make sure it is gone
            self.process.kill()
            self.process.wait()
        finally:
            os.close(self._to_browser)
            os.close(self._from_browser)
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


# Checks run inside the page: every SVG text box against every other (labels must
# not overlap), and whether any text runs out of the SVG.
LAYOUT_CHECK = r"""
(() => {
  const svg = document.querySelector('svg.chart');
  if (!svg) return {texts: 0, overlaps: [], outside: []};
  const view = svg.viewBox.baseVal;
  const texts = [...svg.querySelectorAll('text')].map(t => ({t: t.textContent, b: t.getBBox()}));
  const overlaps = [], outside = [], crossing = [];
  const labelWidth = +svg.dataset.labelWidth;
  for (const t of svg.querySelectorAll('text.label, text.seq')) {
    const b = t.getBBox();
    if (b.x + b.width > labelWidth) crossing.push(t.textContent);
  }
  for (let i = 0; i < texts.length; i++) {
    const a = texts[i].b;
    if (a.x < -0.5 || a.y < -0.5 || a.x + a.width > view.width + 0.5 || a.y + a.height > view.height + 0.5)
      outside.push(texts[i].t);
    for (let j = i + 1; j < texts.length; j++) {
      const b = texts[j].b;
      if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5)
        overlaps.push([texts[i].t, texts[j].t]);
    }
  }
  return {texts: texts.length, overlaps, outside, crossing,
          points: svg.querySelectorAll('circle.mark').length,
          bars: svg.querySelectorAll('rect.mark').length,
          uncertain: svg.querySelectorAll('.mark.uncertain').length,
          labels: [...svg.querySelectorAll('text.label')].map(t => t.textContent),
          width: document.documentElement.scrollWidth, viewport: window.innerWidth};
})()
"""


def main(argv: list[str]) -> int:
    report, out = Path(argv[0]), Path(argv[1])
    with Browser() as browser:
        browser.load(report)
        print(json.dumps(browser.evaluate(LAYOUT_CHECK), ensure_ascii=False, indent=1))
        browser.screenshot(out)
        browser.screens(out)
        print("problems:", browser.problems())
        print("requests:", browser.requests())
    if len(argv) > 3 and argv[2] == "--print":
        with Browser(width=794, height=1123) as browser:
            browser.load(report, media="print")
            browser.screenshot(Path(argv[3]))
            browser.screens(Path(argv[3]))
            browser.pdf(Path(argv[3]).with_suffix(".pdf"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
