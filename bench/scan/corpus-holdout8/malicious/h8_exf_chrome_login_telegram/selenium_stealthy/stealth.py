def stealth(driver, languages=("en-US", "en"), vendor="Google Inc."):
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {
        "source": "Object.defineProperty(navigator, 'webdriver', {get: () => undefined});"
                  "Object.defineProperty(navigator, 'languages', {get: () => %r});" % list(languages),
    })
    return driver
