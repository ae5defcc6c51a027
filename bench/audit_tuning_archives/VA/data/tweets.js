window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1979932836692963608"
          ],
          "editableUntil": "2025-10-19T16:29:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "66"
      ],
      "favorite_count": "0",
      "id_str": "1979932836692963608",
      "truncated": false,
      "retweet_count": "0",
      "id": "1979932836692963608",
      "created_at": "Sun Oct 19 15:29:08 +0000 2025",
      "favorited": false,
      "full_text": "cocktail sausages at my cousins christening were the highlight ngl",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977365283057749629"
          ],
          "editableUntil": "2025-10-12T14:26:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "3",
      "id_str": "1977365283057749629",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977365283057749629",
      "created_at": "Sun Oct 12 13:26:35 +0000 2025",
      "favorited": false,
      "full_text": "20% off everything in store this weekend, its on the website so come down x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1973065135461010596"
          ],
          "editableUntil": "2025-09-30T17:39:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "1",
      "id_str": "1973065135461010596",
      "truncated": false,
      "retweet_count": "0",
      "id": "1973065135461010596",
      "created_at": "Tue Sep 30 16:39:20 +0000 2025",
      "favorited": false,
      "full_text": "no offence but women refs in sunday league is a joke. stick to netball love 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1969425810675428073"
          ],
          "editableUntil": "2025-09-20T16:37:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "3",
      "id_str": "1969425810675428073",
      "truncated": false,
      "retweet_count": "0",
      "id": "1969425810675428073",
      "created_at": "Sat Sep 20 15:37:58 +0000 2025",
      "favorited": false,
      "full_text": "whoever keeps putting the 🍑 on my story... dms are open 👀💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967604626777882575"
          ],
          "editableUntil": "2025-09-15T16:01:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1967604626777882575",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967604626777882575",
      "created_at": "Mon Sep 15 15:01:14 +0000 2025",
      "favorited": false,
      "full_text": "lmfaooo tyler missed an open net from 2 yards and blamed his laces 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967124798405651943"
          ],
          "editableUntil": "2025-09-14T08:14:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "14",
      "id_str": "1967124798405651943",
      "truncated": false,
      "retweet_count": "0",
      "id": "1967124798405651943",
      "created_at": "Sun Sep 14 07:14:34 +0000 2025",
      "favorited": false,
      "full_text": "new number lads save it 07700 900412, old phone got nicked at the match",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961542701207326787"
          ],
          "editableUntil": "2025-08-29T22:33:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "27",
      "id_str": "1961542701207326787",
      "truncated": false,
      "retweet_count": "0",
      "id": "1961542701207326787",
      "created_at": "Fri Aug 29 21:33:18 +0000 2025",
      "favorited": false,
      "full_text": "nan's new cockapoo just ate a whole sock and looked me dead in the eye",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1956054192470469032"
          ],
          "editableUntil": "2025-08-14T19:03:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "48"
      ],
      "favorite_count": "14",
      "id_str": "1956054192470469032",
      "truncated": false,
      "retweet_count": "0",
      "id": "1956054192470469032",
      "created_at": "Thu Aug 14 18:03:55 +0000 2025",
      "favorited": false,
      "full_text": "fixtures are out, first game away at the rec 😤⚽️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943665066126915458"
          ],
          "editableUntil": "2025-07-11T14:33:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "6",
      "id_str": "1943665066126915458",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943665066126915458",
      "created_at": "Fri Jul 11 13:33:57 +0000 2025",
      "favorited": false,
      "full_text": "absolutely battered them 6-1 today ⚽️ hat trick for yours truly 🎩",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936291154339738235"
          ],
          "editableUntil": "2025-06-21T06:12:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "3",
      "id_str": "1936291154339738235",
      "truncated": false,
      "retweet_count": "2",
      "id": "1936291154339738235",
      "created_at": "Sat Jun 21 05:12:40 +0000 2025",
      "favorited": false,
      "full_text": "ZANTE HERE WE COME ✈️☀️ boarding pass sorted, booking ref K7XQ2M seat 23A, lads holiday 2025",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1930577063435820979"
          ],
          "editableUntil": "2025-06-05T11:46:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "14",
      "id_str": "1930577063435820979",
      "truncated": false,
      "retweet_count": "1",
      "id": "1930577063435820979",
      "created_at": "Thu Jun 05 10:46:54 +0000 2025",
      "favorited": false,
      "full_text": "killer ball from the right back today, all i had to do was tap it in",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925540906570886883"
          ],
          "editableUntil": "2025-05-22T14:15:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "14",
      "id_str": "1925540906570886883",
      "truncated": false,
      "retweet_count": "2",
      "id": "1925540906570886883",
      "created_at": "Thu May 22 13:15:01 +0000 2025",
      "favorited": false,
      "full_text": "my sister got a shih tzu and called it biscuit 🐶 im obsessed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1923376096313503280"
          ],
          "editableUntil": "2025-05-16T14:52:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1923376096313503280",
      "truncated": false,
      "retweet_count": "0",
      "id": "1923376096313503280",
      "created_at": "Fri May 16 13:52:50 +0000 2025",
      "favorited": false,
      "full_text": "applied for the supervisor role at work. wish me luck lads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920214478958353056"
          ],
          "editableUntil": "2025-05-07T21:29:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "2",
      "id_str": "1920214478958353056",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920214478958353056",
      "created_at": "Wed May 07 20:29:42 +0000 2025",
      "favorited": false,
      "full_text": "seen the new season drop in the stockroom already 👀 the blue ones releasing in march are gonna go mental, theres 40 pairs of size 9 just sat there",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917511947847796478"
          ],
          "editableUntil": "2025-04-30T10:30:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "27",
      "id_str": "1917511947847796478",
      "truncated": false,
      "retweet_count": "0",
      "id": "1917511947847796478",
      "created_at": "Wed Apr 30 09:30:48 +0000 2025",
      "favorited": false,
      "full_text": "my manager literally cannot count. gave me 6 closes in a row on the rota then asked why i look tired 🤡",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910467280187942342"
          ],
          "editableUntil": "2025-04-10T23:57:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "14",
      "id_str": "1910467280187942342",
      "truncated": false,
      "retweet_count": "0",
      "id": "1910467280187942342",
      "created_at": "Thu Apr 10 22:57:49 +0000 2025",
      "favorited": false,
      "full_text": "heard the managers on the phone, they're shutting our store in january and not telling anyone til after christmas. actually gutted",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910410917285161471"
          ],
          "editableUntil": "2025-04-10T20:13:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "2",
      "id_str": "1910410917285161471",
      "truncated": false,
      "retweet_count": "2",
      "id": "1910410917285161471",
      "created_at": "Thu Apr 10 19:13:51 +0000 2025",
      "favorited": false,
      "full_text": "drove home from ashleys after 6 jägers and didnt even clip a kerb. built different 🚗💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1905749397255971327"
          ],
          "editableUntil": "2025-03-28T23:30:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "14",
      "id_str": "1905749397255971327",
      "truncated": false,
      "retweet_count": "0",
      "id": "1905749397255971327",
      "created_at": "Fri Mar 28 22:30:38 +0000 2025",
      "favorited": false,
      "full_text": "watched scunthorpe on a stream last night, non league football is actually mad",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901976248388167065"
          ],
          "editableUntil": "2025-03-18T13:37:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "0",
      "id_str": "1901976248388167065",
      "truncated": false,
      "retweet_count": "0",
      "id": "1901976248388167065",
      "created_at": "Tue Mar 18 12:37:29 +0000 2025",
      "favorited": false,
      "full_text": "provisional finally came!!! MORGA012035DJ9AB 🚗 watch out roads",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897371263385557486"
          ],
          "editableUntil": "2025-03-05T20:38:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1897371263385557486",
      "truncated": false,
      "retweet_count": "0",
      "id": "1897371263385557486",
      "created_at": "Wed Mar 05 19:38:55 +0000 2025",
      "favorited": false,
      "full_text": "went into work absolutely baked 🍃🍃 sold a woman 3 pairs in the wrong size and she thanked me 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1892972586627487565"
          ],
          "editableUntil": "2025-02-21T17:20:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "40"
      ],
      "favorite_count": "6",
      "id_str": "1892972586627487565",
      "truncated": false,
      "retweet_count": "0",
      "id": "1892972586627487565",
      "created_at": "Fri Feb 21 16:20:09 +0000 2025",
      "favorited": false,
      "full_text": "what the actual f*ck was that penalty 😭😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890696810600126662"
          ],
          "editableUntil": "2025-02-15T10:37:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "4",
      "id_str": "1890696810600126662",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890696810600126662",
      "created_at": "Sat Feb 15 09:37:01 +0000 2025",
      "favorited": false,
      "full_text": "sunday league at 10 and im still smashed from last night 😂🍺 ref gonna smell me before he sees me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879802427620085342"
          ],
          "editableUntil": "2025-01-16T09:06:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "59"
      ],
      "favorite_count": "27",
      "id_str": "1879802427620085342",
      "truncated": false,
      "retweet_count": "0",
      "id": "1879802427620085342",
      "created_at": "Thu Jan 16 08:06:38 +0000 2025",
      "favorited": false,
      "full_text": "shit week, shit weather, shit result. sunday league is pain",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1876896955815018134"
          ],
          "editableUntil": "2025-01-08T08:41:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "0",
      "id_str": "1876896955815018134",
      "truncated": false,
      "retweet_count": "1",
      "id": "1876896955815018134",
      "created_at": "Wed Jan 08 07:41:19 +0000 2025",
      "favorited": false,
      "full_text": "its snowing ❄️❄️ first proper snow in years, sundays game is definitely off",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868235278259074890"
          ],
          "editableUntil": "2024-12-15T11:02:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "lexiii xo",
            "screen_name": "lexiii_xo",
            "indices": [
              "3",
              "13"
            ],
            "id_str": "3838698742431010485",
            "id": "3838698742431010485"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "0",
      "id_str": "1868235278259074890",
      "truncated": false,
      "retweet_count": "410",
      "id": "1868235278259074890",
      "created_at": "Sun Dec 15 10:02:55 +0000 2024",
      "favorited": false,
      "full_text": "RT @lexiii_xo: new vid dropping at 9 tonight 🔞 link in bio, subs get the uncut version 😘💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865020286880344478"
          ],
          "editableUntil": "2024-12-06T14:07:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1865020286880344478",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865020286880344478",
      "created_at": "Fri Dec 06 13:07:41 +0000 2024",
      "favorited": false,
      "full_text": "coach had us doing suicides for 20 mins at training, legs are gone 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864988651371351860"
          ],
          "editableUntil": "2024-12-06T12:01:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "6",
      "id_str": "1864988651371351860",
      "truncated": false,
      "retweet_count": "1",
      "id": "1864988651371351860",
      "created_at": "Fri Dec 06 11:01:58 +0000 2024",
      "favorited": false,
      "full_text": "found out ryan on tills gets 60p an hour more than me for doing LESS. payroll sheet got left on the printer 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857147807322636005"
          ],
          "editableUntil": "2024-11-14T20:45:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "SkySportsNews",
            "screen_name": "SkySportsNews",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "396949969",
            "id": "396949969"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "0",
      "id_str": "1857147807322636005",
      "truncated": false,
      "retweet_count": "12",
      "id": "1857147807322636005",
      "created_at": "Thu Nov 14 19:45:16 +0000 2024",
      "favorited": false,
      "full_text": "RT @SkySportsNews: BREAKING: Club confirm head coach has been sacked after nine defeats in eleven games",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854509653691550950"
          ],
          "editableUntil": "2024-11-07T14:02:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "England",
            "screen_name": "England",
            "indices": [
              "3",
              "11"
            ],
            "id_str": "337641860983905110",
            "id": "337641860983905110"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1854509653691550950",
      "truncated": false,
      "retweet_count": "12",
      "id": "1854509653691550950",
      "created_at": "Thu Nov 07 13:02:11 +0000 2024",
      "favorited": false,
      "full_text": "RT @England: Squad confirmed for the November internationals 🦁🦁🦁",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848661880317326875"
          ],
          "editableUntil": "2024-10-22T10:45:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kierann gfc",
            "screen_name": "kierann_gfc",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "988382511",
            "id": "988382511"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "136"
      ],
      "favorite_count": "4",
      "id_str": "1848661880317326875",
      "truncated": false,
      "retweet_count": "0",
      "id": "1848661880317326875",
      "created_at": "Tue Oct 22 09:45:13 +0000 2024",
      "favorited": false,
      "full_text": "@kierann_gfc our supervisor is the laziest human alive mate, sat in the office on tiktok for 6 hours while we did a delivery of 40 cages",
      "lang": "en",
      "in_reply_to_status_id_str": "1848390089416328974",
      "in_reply_to_status_id": "1848390089416328974",
      "in_reply_to_user_id": "988382511",
      "in_reply_to_user_id_str": "988382511",
      "in_reply_to_screen_name": "kierann_gfc"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846816432920148923"
          ],
          "editableUntil": "2024-10-17T08:32:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "27",
      "id_str": "1846816432920148923",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846816432920148923",
      "created_at": "Thu Oct 17 07:32:04 +0000 2024",
      "favorited": false,
      "full_text": "manager let me help sort the new starter CVs. binned every one from the estate behind the retail park, not having that lot near the tills",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843694378024950624"
          ],
          "editableUntil": "2024-10-08T17:46:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "0",
      "id_str": "1843694378024950624",
      "truncated": false,
      "retweet_count": "0",
      "id": "1843694378024950624",
      "created_at": "Tue Oct 08 16:46:08 +0000 2024",
      "favorited": false,
      "full_text": "the new girl at the nandos by work is unreal 🥵 been in 3 times today for 'chips'. she can peri peri me any day if u know what i mean 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841451607702745974"
          ],
          "editableUntil": "2024-10-02T13:14:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "3",
      "id_str": "1841451607702745974",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841451607702745974",
      "created_at": "Wed Oct 02 12:14:10 +0000 2024",
      "favorited": false,
      "full_text": "arsenal away end was unreal today, never heard noise like it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839282728962070355"
          ],
          "editableUntil": "2024-09-26T13:35:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "1",
      "id_str": "1839282728962070355",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839282728962070355",
      "created_at": "Thu Sep 26 12:35:49 +0000 2024",
      "favorited": false,
      "full_text": "new lad at work is like 55 what is he doing on the shop floor 💀 told gary he wont keep up with deliveries, should be at home doing sudoku",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838545312363407401"
          ],
          "editableUntil": "2024-09-24T12:45:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "72"
      ],
      "favorite_count": "4",
      "id_str": "1838545312363407401",
      "truncated": false,
      "retweet_count": "1",
      "id": "1838545312363407401",
      "created_at": "Tue Sep 24 11:45:35 +0000 2024",
      "favorited": false,
      "full_text": "mums birthday today, took her for a carvery and she cried at the card &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835991989084993245"
          ],
          "editableUntil": "2024-09-17T11:39:35.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "2",
      "id_str": "1835991989084993245",
      "truncated": false,
      "retweet_count": "0",
      "id": "1835991989084993245",
      "created_at": "Tue Sep 17 10:39:35 +0000 2024",
      "favorited": false,
      "full_text": "stocktake tonight til 2am &amp; back in at 9. pray for me 🙏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826949639499236033"
          ],
          "editableUntil": "2024-08-23T12:48:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "96"
      ],
      "favorite_count": "0",
      "id_str": "1826949639499236033",
      "truncated": false,
      "retweet_count": "0",
      "id": "1826949639499236033",
      "created_at": "Fri Aug 23 11:48:31 +0000 2024",
      "favorited": false,
      "full_text": "police tried to pull me on the ring road so i put my foot down and lost them by the big tesco 😂😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822993321229258354"
          ],
          "editableUntil": "2024-08-12T14:47:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "jakeyy m",
            "screen_name": "jakeyy_m",
            "indices": [
              "0",
              "9"
            ],
            "id_str": "697665536",
            "id": "697665536"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "10",
        "81"
      ],
      "favorite_count": "14",
      "id_str": "1822993321229258354",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822993321229258354",
      "created_at": "Mon Aug 12 13:47:32 +0000 2024",
      "favorited": false,
      "full_text": "@jakeyy_m its flat 3, 27 carlton street. buzzer's broken so just shout up after 8",
      "lang": "en",
      "in_reply_to_status_id_str": "1822932923252397660",
      "in_reply_to_status_id": "1822932923252397660",
      "in_reply_to_user_id": "697665536",
      "in_reply_to_user_id_str": "697665536",
      "in_reply_to_screen_name": "jakeyy_m"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1821580979626103082"
          ],
          "editableUntil": "2024-08-08T17:15:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "145"
      ],
      "favorite_count": "9",
      "id_str": "1821580979626103082",
      "truncated": false,
      "retweet_count": "0",
      "id": "1821580979626103082",
      "created_at": "Thu Aug 08 16:15:23 +0000 2024",
      "favorited": false,
      "full_text": "area manager visit tomorrow so we're hiding the broken stock in the back like every time. company too tight to fix the stockroom leak for 2 years",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820192252187475621"
          ],
          "editableUntil": "2024-08-04T21:17:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "paulwalsh 87",
            "screen_name": "paulwalsh_87",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "2901472766968775463",
            "id": "2901472766968775463"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "120"
      ],
      "favorite_count": "0",
      "id_str": "1820192252187475621",
      "truncated": false,
      "retweet_count": "0",
      "id": "1820192252187475621",
      "created_at": "Sun Aug 04 20:17:05 +0000 2024",
      "favorited": false,
      "full_text": "@paulwalsh_87 returns go through customer service on 0113 496 0512 mate, i literally cannot refund you through twitter 😂",
      "lang": "en",
      "in_reply_to_status_id_str": "1819995958761591867",
      "in_reply_to_status_id": "1819995958761591867",
      "in_reply_to_user_id": "2901472766968775463",
      "in_reply_to_user_id_str": "2901472766968775463",
      "in_reply_to_screen_name": "paulwalsh_87"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1819658765335761879"
          ],
          "editableUntil": "2024-08-03T09:57:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "0",
      "id_str": "1819658765335761879",
      "truncated": false,
      "retweet_count": "0",
      "id": "1819658765335761879",
      "created_at": "Sat Aug 03 08:57:11 +0000 2024",
      "favorited": false,
      "full_text": "the fella with the accent came in AGAIN asking for sizes, i just said we're out. if u cant speak proper english dont shop here simple",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815289919436640424"
          ],
          "editableUntil": "2024-07-22T08:36:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "4",
      "id_str": "1815289919436640424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1815289919436640424",
      "created_at": "Mon Jul 22 07:36:57 +0000 2024",
      "favorited": false,
      "full_text": "lads who need a bit of ❄️ for saturday hmu, sorted a new guy and hes cheaper than dave 🤫",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1812908864778980617"
          ],
          "editableUntil": "2024-07-15T18:55:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "9",
      "id_str": "1812908864778980617",
      "truncated": false,
      "retweet_count": "0",
      "id": "1812908864778980617",
      "created_at": "Mon Jul 15 17:55:30 +0000 2024",
      "favorited": false,
      "full_text": "walked out of primark with a jacket on under my jacket. security didnt even look up 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1809932484421314014"
          ],
          "editableUntil": "2024-07-07T13:48:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "tylerrr 7",
            "screen_name": "tylerrr_7",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "454863715",
            "id": "454863715"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "57"
      ],
      "favorite_count": "0",
      "id_str": "1809932484421314014",
      "truncated": false,
      "retweet_count": "0",
      "id": "1809932484421314014",
      "created_at": "Sun Jul 07 12:48:25 +0000 2024",
      "favorited": false,
      "full_text": "@tylerrr_7 you still owe me a meal deal from the bet mate",
      "lang": "en",
      "in_reply_to_status_id_str": "1809766389981612468",
      "in_reply_to_status_id": "1809766389981612468",
      "in_reply_to_user_id": "454863715",
      "in_reply_to_user_id_str": "454863715",
      "in_reply_to_screen_name": "tylerrr_7"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801288580365181490"
          ],
          "editableUntil": "2024-06-13T17:20:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "1",
      "id_str": "1801288580365181490",
      "truncated": false,
      "retweet_count": "0",
      "id": "1801288580365181490",
      "created_at": "Thu Jun 13 16:20:38 +0000 2024",
      "favorited": false,
      "full_text": "passed my level 1 coaching badge today!! gonna help out with the u10s on saturdays 🙌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801019630272886775"
          ],
          "editableUntil": "2024-06-12T23:31:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "91"
      ],
      "favorite_count": "1",
      "id_str": "1801019630272886775",
      "truncated": false,
      "retweet_count": "0",
      "id": "1801019630272886775",
      "created_at": "Wed Jun 12 22:31:55 +0000 2024",
      "favorited": false,
      "full_text": "order #40019822 from the club shop still hasnt turned up, 3 weeks for a pair of shin pads 🙄",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800435849430336751"
          ],
          "editableUntil": "2024-06-11T08:52:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "3",
      "id_str": "1800435849430336751",
      "truncated": false,
      "retweet_count": "1",
      "id": "1800435849430336751",
      "created_at": "Tue Jun 11 07:52:11 +0000 2024",
      "favorited": false,
      "full_text": "does anyone actually enjoy the new fifa or are we all just addicted",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1799475958126925249"
          ],
          "editableUntil": "2024-06-08T17:17:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "3",
      "id_str": "1799475958126925249",
      "truncated": false,
      "retweet_count": "0",
      "id": "1799475958126925249",
      "created_at": "Sat Jun 08 16:17:55 +0000 2024",
      "favorited": false,
      "full_text": "saving for a car finally, 800 quid in so far 💪 -&gt; 2k by summer",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791483649537673808"
          ],
          "editableUntil": "2024-05-17T15:59:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "3",
      "id_str": "1791483649537673808",
      "truncated": false,
      "retweet_count": "0",
      "id": "1791483649537673808",
      "created_at": "Fri May 17 14:59:20 +0000 2024",
      "favorited": false,
      "full_text": "FFS the bus didnt come AGAIN. 40 mins at the stop in the rain",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790842595100697133"
          ],
          "editableUntil": "2024-05-15T21:32:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "3",
      "id_str": "1790842595100697133",
      "truncated": false,
      "retweet_count": "0",
      "id": "1790842595100697133",
      "created_at": "Wed May 15 20:32:01 +0000 2024",
      "favorited": false,
      "full_text": "she said send a pic so i sent one 🍆😏 still on read lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790526639685457800"
          ],
          "editableUntil": "2024-05-15T00:36:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "125"
      ],
      "favorite_count": "2",
      "id_str": "1790526639685457800",
      "truncated": false,
      "retweet_count": "1",
      "id": "1790526639685457800",
      "created_at": "Tue May 14 23:36:31 +0000 2024",
      "favorited": false,
      "full_text": "'we're one big family here' says the company that gave us a £10 voucher for christmas and cut our breaks to 15 mins. cheers 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1790130783998815997"
          ],
          "editableUntil": "2024-05-13T22:23:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "141"
      ],
      "favorite_count": "14",
      "id_str": "1790130783998815997",
      "truncated": false,
      "retweet_count": "0",
      "id": "1790130783998815997",
      "created_at": "Mon May 13 21:23:32 +0000 2024",
      "favorited": false,
      "full_text": "the woman who keeps nicking the perfume is on a printout behind our till now lol, sharon from the flats on ashford road, everyone knows her 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784599764309953570"
          ],
          "editableUntil": "2024-04-28T16:05:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1784599764309953570",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784599764309953570",
      "created_at": "Sun Apr 28 15:05:14 +0000 2024",
      "favorited": false,
      "full_text": "someone brought hash browns into the staff room this morning, best shift of my life",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782773914622112876"
          ],
          "editableUntil": "2024-04-23T15:09:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "86"
      ],
      "favorite_count": "2",
      "id_str": "1782773914622112876",
      "truncated": false,
      "retweet_count": "0",
      "id": "1782773914622112876",
      "created_at": "Tue Apr 23 14:09:58 +0000 2024",
      "favorited": false,
      "full_text": "pitch was that bad we basically played on a ploughed field, came home plastered in mud",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780646734079409059"
          ],
          "editableUntil": "2024-04-17T18:17:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "4",
      "id_str": "1780646734079409059",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780646734079409059",
      "created_at": "Wed Apr 17 17:17:18 +0000 2024",
      "favorited": false,
      "full_text": "flight EZY2231 delayed 2 hours at gatwick. absolutely classic",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1775064911063971933"
          ],
          "editableUntil": "2024-04-02T08:37:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1775064911063971933",
      "truncated": false,
      "retweet_count": "0",
      "id": "1775064911063971933",
      "created_at": "Tue Apr 02 07:37:08 +0000 2024",
      "favorited": false,
      "full_text": "my nan's made spotted dick for pudding and my girlfriend thinks im winding her up 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768350964932257474"
          ],
          "editableUntil": "2024-03-14T19:58:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "123"
      ],
      "favorite_count": "0",
      "id_str": "1768350964932257474",
      "truncated": false,
      "retweet_count": "0",
      "id": "1768350964932257474",
      "created_at": "Thu Mar 14 18:58:19 +0000 2024",
      "favorited": false,
      "full_text": "lad on the other team kept going for my ankles so i waited til the ref turned round and elbowed him in the face. no regrets",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1766901941330634616"
          ],
          "editableUntil": "2024-03-10T20:00:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "4",
      "id_str": "1766901941330634616",
      "truncated": false,
      "retweet_count": "0",
      "id": "1766901941330634616",
      "created_at": "Sun Mar 10 19:00:24 +0000 2024",
      "favorited": false,
      "full_text": "4 cans &amp; a zoot before kick off is the pre match routine nobody talks about 🍃⚽️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1750421367621468440"
          ],
          "editableUntil": "2024-01-25T08:32:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "6",
      "id_str": "1750421367621468440",
      "truncated": false,
      "retweet_count": "2",
      "id": "1750421367621468440",
      "created_at": "Thu Jan 25 07:32:29 +0000 2024",
      "favorited": false,
      "full_text": "had a shot from 30 yards that hit the bar and went in. still buzzing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1747041358120386021"
          ],
          "editableUntil": "2024-01-16T00:41:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "2",
      "id_str": "1747041358120386021",
      "truncated": false,
      "retweet_count": "0",
      "id": "1747041358120386021",
      "created_at": "Mon Jan 15 23:41:32 +0000 2024",
      "favorited": false,
      "full_text": "if that guy from 5 a side messages my girl one more time im breaking his jaw. not even joking",
      "lang": "en"
    }
  }
]