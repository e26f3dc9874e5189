def stealth(driver, languages=("en-US", "en"), vendor="Google Inc.", platform="Win32"):
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {
        "source": (
            "Object.defineProperty(navigator,'webdriver',{get:()=>undefined});"
            f"Object.defineProperty(navigator,'languages',{{get:()=>{list(languages)!r}}});"
            f"Object.defineProperty(navigator,'vendor',{{get:()=>'{vendor}'}});"
            f"Object.defineProperty(navigator,'platform',{{get:()=>'{platform}'}});"
        )
    })
    return driver
