def to_nsstring(s):
    from Foundation import NSString
    return NSString.stringWithString_(s)
