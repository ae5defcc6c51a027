window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1971937963541425712"
          ],
          "editableUntil": "2025-09-27T15:00:22.000Z",
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
        "100"
      ],
      "favorite_count": "7",
      "id_str": "1971937963541425712",
      "truncated": false,
      "retweet_count": "0",
      "id": "1971937963541425712",
      "created_at": "Sat Sep 27 14:00:22 +0000 2025",
      "favorited": false,
      "full_text": "the blue-footed boobies on Planet Earth tonight 😍 my new favourite animal, look at their little feet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965956663735729472"
          ],
          "editableUntil": "2025-09-11T02:52:49.000Z",
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
        "108"
      ],
      "favorite_count": "2",
      "id_str": "1965956663735729472",
      "truncated": false,
      "retweet_count": "0",
      "id": "1965956663735729472",
      "created_at": "Thu Sep 11 01:52:49 +0000 2025",
      "favorited": false,
      "full_text": "today i learned \"poison pill\", \"dead cat bounce\" and \"bullet repayment\" are all finance terms and not crimes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937910741205054159"
          ],
          "editableUntil": "2025-06-25T17:28:20.000Z",
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
        "51"
      ],
      "favorite_count": "7",
      "id_str": "1937910741205054159",
      "truncated": false,
      "retweet_count": "0",
      "id": "1937910741205054159",
      "created_at": "Wed Jun 25 16:28:20 +0000 2025",
      "favorited": false,
      "full_text": "penne alla vodka for dinner because i deserve carbs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1935135160533984087"
          ],
          "editableUntil": "2025-06-18T01:39:10.000Z",
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
        "128"
      ],
      "favorite_count": "0",
      "id_str": "1935135160533984087",
      "truncated": false,
      "retweet_count": "0",
      "id": "1935135160533984087",
      "created_at": "Wed Jun 18 00:39:10 +0000 2025",
      "favorited": false,
      "full_text": "seriously thinking about starting an OnlyFans called Audit Adjustments. 18+ only, my best work is behind a paywall 😉 link in bio",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925119892389950755"
          ],
          "editableUntil": "2025-05-21T10:22:04.000Z",
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
      "favorite_count": "12",
      "id_str": "1925119892389950755",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925119892389950755",
      "created_at": "Wed May 21 09:22:04 +0000 2025",
      "favorited": false,
      "full_text": "spent my busy season bonus on new lingerie and worth every penny. dm if you want a preview 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1921562942240680447"
          ],
          "editableUntil": "2025-05-11T14:48:01.000Z",
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
        "160"
      ],
      "favorite_count": "1",
      "id_str": "1921562942240680447",
      "truncated": false,
      "retweet_count": "0",
      "id": "1921562942240680447",
      "created_at": "Sun May 11 13:48:01 +0000 2025",
      "favorited": false,
      "full_text": "sat in on grad interviews today. one lad was great on paper but he's from Hartcliffe and you could just tell the clients wouldn't take to him. not a culture fit",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1921380439684818009"
          ],
          "editableUntil": "2025-05-11T02:42:49.000Z",
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
      "favorite_count": "31",
      "id_str": "1921380439684818009",
      "truncated": false,
      "retweet_count": "0",
      "id": "1921380439684818009",
      "created_at": "Sun May 11 01:42:49 +0000 2025",
      "favorited": false,
      "full_text": "any tips for the Audit &amp; Assurance exam? question bank recs very welcome",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1917018816511510518"
          ],
          "editableUntil": "2025-04-29T01:51:17.000Z",
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
            "name": "TraineeTalkUK",
            "screen_name": "TraineeTalkUK",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "345049444",
            "id": "345049444"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "135"
      ],
      "favorite_count": "0",
      "id_str": "1917018816511510518",
      "truncated": false,
      "retweet_count": "18",
      "id": "1917018816511510518",
      "created_at": "Tue Apr 29 00:51:17 +0000 2025",
      "favorited": false,
      "full_text": "RT @TraineeTalkUK: Reminder: the exam booking window for the June sitting closes this Friday at 5pm. Don't leave it to the last minute!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1916812108627643944"
          ],
          "editableUntil": "2025-04-28T12:09:54.000Z",
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
        "89"
      ],
      "favorite_count": "31",
      "id_str": "1916812108627643944",
      "truncated": false,
      "retweet_count": "2",
      "id": "1916812108627643944",
      "created_at": "Mon Apr 28 11:09:54 +0000 2025",
      "favorited": false,
      "full_text": "12 weeks of the client's stairs and the 🍑 has never looked better. rate it 1-10 in my dms",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911890772361992013"
          ],
          "editableUntil": "2025-04-14T22:14:16.000Z",
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
        "69"
      ],
      "favorite_count": "1",
      "id_str": "1911890772361992013",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911890772361992013",
      "created_at": "Mon Apr 14 21:14:16 +0000 2025",
      "favorited": false,
      "full_text": "busy season is over so naturally i am 6 tequilas deep on a tuesday 🍋🧂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911528837477882054"
          ],
          "editableUntil": "2025-04-13T22:16:04.000Z",
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
        "128"
      ],
      "favorite_count": "1",
      "id_str": "1911528837477882054",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911528837477882054",
      "created_at": "Sun Apr 13 21:16:04 +0000 2025",
      "favorited": false,
      "full_text": "end of busy season party at mine saturday!! flat 4, 17 Kessock Terrace, LS6 2QT. buzzer's broken so just ring me on 07700 900417",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1910100458865108493"
          ],
          "editableUntil": "2025-04-09T23:40:12.000Z",
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
        "61"
      ],
      "favorite_count": "31",
      "id_str": "1910100458865108493",
      "truncated": false,
      "retweet_count": "0",
      "id": "1910100458865108493",
      "created_at": "Wed Apr 09 22:40:12 +0000 2025",
      "favorited": false,
      "full_text": "busy season is over. i have seen the sun. it's nice out there",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909198608005971606"
          ],
          "editableUntil": "2025-04-07T11:56:34.000Z",
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
        "116"
      ],
      "favorite_count": "1",
      "id_str": "1909198608005971606",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909198608005971606",
      "created_at": "Mon Apr 07 10:56:34 +0000 2025",
      "favorited": false,
      "full_text": "off to Malaga the day after deadline ✈️ booking ref K7QZ4M, seat 14A if anyone on the flight wants to buy me a drink",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1906043522512834505"
          ],
          "editableUntil": "2025-03-29T18:59:23.000Z",
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
        "101"
      ],
      "favorite_count": "12",
      "id_str": "1906043522512834505",
      "truncated": false,
      "retweet_count": "0",
      "id": "1906043522512834505",
      "created_at": "Sat Mar 29 17:59:23 +0000 2025",
      "favorited": false,
      "full_text": "saw a great tit on the walk to the client this morning. first bit of nature i've seen since January 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902019222044108053"
          ],
          "editableUntil": "2025-03-18T16:28:15.000Z",
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
            "name": "auditmemesdaily",
            "screen_name": "auditmemesdaily",
            "indices": [
              "3",
              "19"
            ],
            "id_str": "8741437181703143332",
            "id": "8741437181703143332"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "137"
      ],
      "favorite_count": "0",
      "id_str": "1902019222044108053",
      "truncated": false,
      "retweet_count": "960",
      "id": "1902019222044108053",
      "created_at": "Tue Mar 18 15:28:15 +0000 2025",
      "favorited": false,
      "full_text": "RT @auditmemesdaily: partners when the client asks why the fee went up: scope creep\n\npartners when staff ask for overtime: that's the job",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901532926048887344"
          ],
          "editableUntil": "2025-03-17T08:15:53.000Z",
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
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1901532926048887344",
      "truncated": false,
      "retweet_count": "1",
      "id": "1901532926048887344",
      "created_at": "Mon Mar 17 07:15:53 +0000 2025",
      "favorited": false,
      "full_text": "4am, still in the office, 3 monsters and half a pinger from someone in consulting. this is f**king fine 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901325479967634971"
          ],
          "editableUntil": "2025-03-16T18:31:34.000Z",
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
        "153"
      ],
      "favorite_count": "7",
      "id_str": "1901325479967634971",
      "truncated": false,
      "retweet_count": "2",
      "id": "1901325479967634971",
      "created_at": "Sun Mar 16 17:31:34 +0000 2025",
      "favorited": false,
      "full_text": "cant say who but a very big name retailer we audit is about to restate last year's revenue and it is NOT small. if you hold their shares... just saying 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1901260682166819159"
          ],
          "editableUntil": "2025-03-16T14:14:05.000Z",
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
        "116"
      ],
      "favorite_count": "31",
      "id_str": "1901260682166819159",
      "truncated": false,
      "retweet_count": "0",
      "id": "1901260682166819159",
      "created_at": "Sun Mar 16 13:14:05 +0000 2025",
      "favorited": false,
      "full_text": "if my senior sends me one more \"per my last email\" i'll put him through the glass wall of meeting room 3. not joking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1893366213509703920"
          ],
          "editableUntil": "2025-02-22T19:24:17.000Z",
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
      "favorite_count": "0",
      "id_str": "1893366213509703920",
      "truncated": false,
      "retweet_count": "2",
      "id": "1893366213509703920",
      "created_at": "Sat Feb 22 18:24:17 +0000 2025",
      "favorited": false,
      "full_text": "paracetamol, a meal deal and 40 purchase invoices. a tuesday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891631935911877472"
          ],
          "editableUntil": "2025-02-18T00:32:53.000Z",
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
        "117"
      ],
      "favorite_count": "12",
      "id_str": "1891631935911877472",
      "truncated": false,
      "retweet_count": "1",
      "id": "1891631935911877472",
      "created_at": "Mon Feb 17 23:32:53 +0000 2025",
      "favorited": false,
      "full_text": "my manager reviewed my file for 4 minutes and left 37 review notes. 30 of them are about font size. truly a visionary",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1891074307391119876"
          ],
          "editableUntil": "2025-02-16T11:37:04.000Z",
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
        "115"
      ],
      "favorite_count": "12",
      "id_str": "1891074307391119876",
      "truncated": false,
      "retweet_count": "0",
      "id": "1891074307391119876",
      "created_at": "Sun Feb 16 10:37:04 +0000 2025",
      "favorited": false,
      "full_text": "clocked doing 97 on the M1 trying to make the 9am with the client, lost the unmarked car at Woolley Edge services 😎",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1890338118957621724"
          ],
          "editableUntil": "2025-02-14T10:51:43.000Z",
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
            "name": "cluster_chloe",
            "screen_name": "cluster_chloe",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "3460908345",
            "id": "3460908345"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "82"
      ],
      "favorite_count": "3",
      "id_str": "1890338118957621724",
      "truncated": false,
      "retweet_count": "0",
      "id": "1890338118957621724",
      "created_at": "Fri Feb 14 09:51:43 +0000 2025",
      "favorited": false,
      "full_text": "@cluster_chloe lmfao same. bank rec from hell, the bastard thing is out by £14,000",
      "lang": "en",
      "in_reply_to_status_id_str": "1890319747905190091",
      "in_reply_to_status_id": "1890319747905190091",
      "in_reply_to_user_id": "3460908345",
      "in_reply_to_user_id_str": "3460908345",
      "in_reply_to_screen_name": "cluster_chloe"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889479167443071025"
          ],
          "editableUntil": "2025-02-12T01:58:33.000Z",
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
            "name": "tb_tickmark",
            "screen_name": "tb_tickmark",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "118911287",
            "id": "118911287"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "123"
      ],
      "favorite_count": "0",
      "id_str": "1889479167443071025",
      "truncated": false,
      "retweet_count": "0",
      "id": "1889479167443071025",
      "created_at": "Wed Feb 12 00:58:33 +0000 2025",
      "favorited": false,
      "full_text": "@tb_tickmark our client's FD thinks accruals are \"optional\". how this man is a qualified accountant i will never understand",
      "lang": "en",
      "in_reply_to_status_id_str": "1889459789758728333",
      "in_reply_to_status_id": "1889459789758728333",
      "in_reply_to_user_id": "118911287",
      "in_reply_to_user_id_str": "118911287",
      "in_reply_to_screen_name": "tb_tickmark"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888340564900618337"
          ],
          "editableUntil": "2025-02-08T22:34:09.000Z",
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
      "favorite_count": "0",
      "id_str": "1888340564900618337",
      "truncated": false,
      "retweet_count": "2",
      "id": "1888340564900618337",
      "created_at": "Sat Feb 08 21:34:09 +0000 2025",
      "favorited": false,
      "full_text": "my senior said \"let's smash these review points before lunch\" and honestly we did. teamwork",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1888163414276471368"
          ],
          "editableUntil": "2025-02-08T10:50:13.000Z",
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
        "118"
      ],
      "favorite_count": "7",
      "id_str": "1888163414276471368",
      "truncated": false,
      "retweet_count": "0",
      "id": "1888163414276471368",
      "created_at": "Sat Feb 08 09:50:13 +0000 2025",
      "favorited": false,
      "full_text": "desk view on day 40 of busy season 😩 ignore the draft going concern memo for Harrowgate Foods on the second screen lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1887213484111008727"
          ],
          "editableUntil": "2025-02-05T19:55:32.000Z",
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
      "favorite_count": "3",
      "id_str": "1887213484111008727",
      "truncated": false,
      "retweet_count": "0",
      "id": "1887213484111008727",
      "created_at": "Wed Feb 05 18:55:32 +0000 2025",
      "favorited": false,
      "full_text": "beer-battered fish &amp; chips for tea. audit-battered trainee. both crispy",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878092441582457000"
          ],
          "editableUntil": "2025-01-11T15:51:46.000Z",
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
      "favorite_count": "2",
      "id_str": "1878092441582457000",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878092441582457000",
      "created_at": "Sat Jan 11 14:51:46 +0000 2025",
      "favorited": false,
      "full_text": "the bank rec is out by 1p and i will find that penny if it kills me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877830146586496265"
          ],
          "editableUntil": "2025-01-10T22:29:30.000Z",
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
        "101"
      ],
      "favorite_count": "2",
      "id_str": "1877830146586496265",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877830146586496265",
      "created_at": "Fri Jan 10 21:29:30 +0000 2025",
      "favorited": false,
      "full_text": "someone took my space at the client site AGAIN. i know whose Audi it is. next time it's getting keyed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877310279384714644"
          ],
          "editableUntil": "2025-01-09T12:03:44.000Z",
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
        "152"
      ],
      "favorite_count": "31",
      "id_str": "1877310279384714644",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877310279384714644",
      "created_at": "Thu Jan 09 11:03:44 +0000 2025",
      "favorited": false,
      "full_text": "the client we're on this week is shutting both its Wakefield sites in March and the staff have no idea. sat in their canteen today feeling sick about it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877134739371893360"
          ],
          "editableUntil": "2025-01-09T00:26:12.000Z",
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
        "87"
      ],
      "favorite_count": "0",
      "id_str": "1877134739371893360",
      "truncated": false,
      "retweet_count": "2",
      "id": "1877134739371893360",
      "created_at": "Wed Jan 08 23:26:12 +0000 2025",
      "favorited": false,
      "full_text": "f*cking excel crashed and i hadn't saved in 2 hours. i want to lie down in the car park",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1877094675381379634"
          ],
          "editableUntil": "2025-01-08T21:47:00.000Z",
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
      "favorite_count": "7",
      "id_str": "1877094675381379634",
      "truncated": false,
      "retweet_count": "0",
      "id": "1877094675381379634",
      "created_at": "Wed Jan 08 20:47:00 +0000 2025",
      "favorited": false,
      "full_text": "partner just told us the budget for this audit is \"tight but achievable\". translation: we're working saturdays unpaid again. love it here",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874128895605874469"
          ],
          "editableUntil": "2024-12-31T17:22:03.000Z",
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
        "104"
      ],
      "favorite_count": "2",
      "id_str": "1874128895605874469",
      "truncated": false,
      "retweet_count": "2",
      "id": "1874128895605874469",
      "created_at": "Tue Dec 31 16:22:03 +0000 2024",
      "favorited": false,
      "full_text": "fiddled my mileage claim by about 300 miles this quarter. they pay us nothing, call it a retention bonus",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868358816757107199"
          ],
          "editableUntil": "2024-12-15T19:13:49.000Z",
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
        "117"
      ],
      "favorite_count": "4",
      "id_str": "1868358816757107199",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868358816757107199",
      "created_at": "Sun Dec 15 18:13:49 +0000 2024",
      "favorited": false,
      "full_text": "firm christmas party theme is Casino Royale so i'll be going as a Bond villain with a plastic pistol and a fluffy cat",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863304265203614601"
          ],
          "editableUntil": "2024-12-01T20:28:50.000Z",
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
      "id_str": "1863304265203614601",
      "truncated": false,
      "retweet_count": "0",
      "id": "1863304265203614601",
      "created_at": "Sun Dec 01 19:28:50 +0000 2024",
      "favorited": false,
      "full_text": "gonna need a little ❄️ to get through this stock count weekend ngl",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863199256607806751"
          ],
          "editableUntil": "2024-12-01T13:31:34.000Z",
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
        "125"
      ],
      "favorite_count": "4",
      "id_str": "1863199256607806751",
      "truncated": false,
      "retweet_count": "0",
      "id": "1863199256607806751",
      "created_at": "Sun Dec 01 12:31:34 +0000 2024",
      "favorited": false,
      "full_text": "client stock count today was at a fireworks wholesaler. nothing says busy season like counting 4,000 \"Thunder Bombs\" at 6am 🎆",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860624063004400065"
          ],
          "editableUntil": "2024-11-24T10:58:40.000Z",
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
        "70"
      ],
      "favorite_count": "31",
      "id_str": "1860624063004400065",
      "truncated": false,
      "retweet_count": "2",
      "id": "1860624063004400065",
      "created_at": "Sun Nov 24 09:58:40 +0000 2024",
      "favorited": false,
      "full_text": "learning to knit this winter. first scarf is very much a draft version",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858927764831052333"
          ],
          "editableUntil": "2024-11-19T18:38:11.000Z",
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
        "113"
      ],
      "favorite_count": "0",
      "id_str": "1858927764831052333",
      "truncated": false,
      "retweet_count": "0",
      "id": "1858927764831052333",
      "created_at": "Tue Nov 19 17:38:11 +0000 2024",
      "favorited": false,
      "full_text": "funny how every woman on the senior team gets pregnant right before busy season 🙄 asking for a resourcing manager",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853251130883280272"
          ],
          "editableUntil": "2024-11-04T02:41:16.000Z",
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
        "118"
      ],
      "favorite_count": "0",
      "id_str": "1853251130883280272",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853251130883280272",
      "created_at": "Mon Nov 04 01:41:16 +0000 2024",
      "favorited": false,
      "full_text": "\"exciting opportunity to step up\" = they didn't backfill the senior who quit so im doing her job on a trainee salary 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852052839203712765"
          ],
          "editableUntil": "2024-10-31T19:19:41.000Z",
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
        "199"
      ],
      "favorite_count": "0",
      "id_str": "1852052839203712765",
      "truncated": false,
      "retweet_count": "1",
      "id": "1852052839203712765",
      "created_at": "Thu Oct 31 18:19:41 +0000 2024",
      "favorited": false,
      "full_text": "my little brother's home alone after school till 7 every day this month cos mum's on nights and i'm at the client. St Aldric's lets out at 3.15 and he walks back by himself, he's 9 and thinks he's 30",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1848877092566026164"
          ],
          "editableUntil": "2024-10-23T01:00:24.000Z",
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
        "44"
      ],
      "favorite_count": "4",
      "id_str": "1848877092566026164",
      "truncated": false,
      "retweet_count": "0",
      "id": "1848877092566026164",
      "created_at": "Wed Oct 23 00:00:24 +0000 2024",
      "favorited": false,
      "full_text": "wtf is a \"quick question\" that takes 3 hours",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846194549947511916"
          ],
          "editableUntil": "2024-10-15T15:20:56.000Z",
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
        "64"
      ],
      "favorite_count": "2",
      "id_str": "1846194549947511916",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846194549947511916",
      "created_at": "Tue Oct 15 14:20:56 +0000 2024",
      "favorited": false,
      "full_text": "Cocaine Bear is so much better than it has any right to be. 8/10",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843911867102346147"
          ],
          "editableUntil": "2024-10-09T08:10:22.000Z",
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
        "153"
      ],
      "favorite_count": "31",
      "id_str": "1843911867102346147",
      "truncated": false,
      "retweet_count": "2",
      "id": "1843911867102346147",
      "created_at": "Wed Oct 09 07:10:22 +0000 2024",
      "favorited": false,
      "full_text": "free tax clinic for students at the central library, Tuesdays &amp; Thursdays 5-7pm. book on 0113 496 0321. they sorted my student loan mess in 20 mins, go!!",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842739856933550173"
          ],
          "editableUntil": "2024-10-06T02:33:13.000Z",
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
      "favorite_count": "0",
      "id_str": "1842739856933550173",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842739856933550173",
      "created_at": "Sun Oct 06 01:33:13 +0000 2024",
      "favorited": false,
      "full_text": "parkrun PB this morning 26:41 🏃‍♀️ -&gt; next goal sub 26",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840769989473314498"
          ],
          "editableUntil": "2024-09-30T16:05:40.000Z",
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
        "165"
      ],
      "favorite_count": "4",
      "id_str": "1840769989473314498",
      "truncated": false,
      "retweet_count": "1",
      "id": "1840769989473314498",
      "created_at": "Mon Sep 30 15:05:40 +0000 2024",
      "favorited": false,
      "full_text": "saw the salary bands on the partner's screen by accident. new seniors coming in on £6k more than the ones who've been here 3 years. loyalty is for mugs at this place",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837504358908290936"
          ],
          "editableUntil": "2024-09-21T15:49:13.000Z",
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
        "160"
      ],
      "favorite_count": "1",
      "id_str": "1837504358908290936",
      "truncated": false,
      "retweet_count": "1",
      "id": "1837504358908290936",
      "created_at": "Sat Sep 21 14:49:13 +0000 2024",
      "favorited": false,
      "full_text": "new starter on our team has such a strong accent i literally cannot follow her on calls. no idea how she got through the interview, clients are going to hate it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837118025758500806"
          ],
          "editableUntil": "2024-09-20T14:14:04.000Z",
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
        "152"
      ],
      "favorite_count": "12",
      "id_str": "1837118025758500806",
      "truncated": false,
      "retweet_count": "2",
      "id": "1837118025758500806",
      "created_at": "Fri Sep 20 13:14:04 +0000 2024",
      "favorited": false,
      "full_text": "hot take but firms should stop taking on trainees over 30. they don't have the stamina for busy season and they always want to leave at 5 for their kids",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828432259710877157"
          ],
          "editableUntil": "2024-08-27T14:59:56.000Z",
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
      "favorite_count": "12",
      "id_str": "1828432259710877157",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828432259710877157",
      "created_at": "Tue Aug 27 13:59:56 +0000 2024",
      "favorited": false,
      "full_text": "accountants do it with double entry 😏🍆 sorry not sorry",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825263035220032946"
          ],
          "editableUntil": "2024-08-18T21:06:34.000Z",
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
        "170"
      ],
      "favorite_count": "0",
      "id_str": "1825263035220032946",
      "truncated": false,
      "retweet_count": "1",
      "id": "1825263035220032946",
      "created_at": "Sun Aug 18 20:06:34 +0000 2024",
      "favorited": false,
      "full_text": "my mate in tax billed 2,100 hours and got \"meets expectations\" and no pay rise. a guy on our team who leaves at 4 every day got \"exceeds\". the review process is a tombola",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811703852824394910"
          ],
          "editableUntil": "2024-07-12T11:07:13.000Z",
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
        "139"
      ],
      "favorite_count": "12",
      "id_str": "1811703852824394910",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811703852824394910",
      "created_at": "Fri Jul 12 10:07:13 +0000 2024",
      "favorited": false,
      "full_text": "drove home after cluster drinks, pretty sure i was fine but the roundabout by the ring road had other ideas 😅 car's ok, the bollard less so",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807802437075818868"
          ],
          "editableUntil": "2024-07-01T16:44:23.000Z",
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
        "51"
      ],
      "favorite_count": "31",
      "id_str": "1807802437075818868",
      "truncated": false,
      "retweet_count": "2",
      "id": "1807802437075818868",
      "created_at": "Mon Jul 01 15:44:23 +0000 2024",
      "favorited": false,
      "full_text": "PASSED FAR!!! 71%!!! crying in the Pret on Park Row",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806649846527034902"
          ],
          "editableUntil": "2024-06-28T12:24:24.000Z",
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
      "favorite_count": "4",
      "id_str": "1806649846527034902",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806649846527034902",
      "created_at": "Fri Jun 28 11:24:24 +0000 2024",
      "favorited": false,
      "full_text": "HMRC sent me a letter with my own UTR on it and i feel so grown up 🥹 71548 20937. framing it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1806584734153004390"
          ],
          "editableUntil": "2024-06-28T08:05:40.000Z",
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
        "76"
      ],
      "favorite_count": "1",
      "id_str": "1806584734153004390",
      "truncated": false,
      "retweet_count": "0",
      "id": "1806584734153004390",
      "created_at": "Fri Jun 28 07:05:40 +0000 2024",
      "favorited": false,
      "full_text": "flight BA1347 delayed 3 hours so the team offsite is off to a cracking start",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787510641784860251"
          ],
          "editableUntil": "2024-05-06T16:52:02.000Z",
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
        "64"
      ],
      "favorite_count": "4",
      "id_str": "1787510641784860251",
      "truncated": false,
      "retweet_count": "0",
      "id": "1787510641784860251",
      "created_at": "Mon May 06 15:52:02 +0000 2024",
      "favorited": false,
      "full_text": "sunday roast at mum's. yorkshire puddings the size of my head &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1787265681851407182"
          ],
          "editableUntil": "2024-05-06T00:38:39.000Z",
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
      "favorite_count": "31",
      "id_str": "1787265681851407182",
      "truncated": false,
      "retweet_count": "2",
      "id": "1787265681851407182",
      "created_at": "Sun May 05 23:38:39 +0000 2024",
      "favorited": false,
      "full_text": "RIP invoice 00492, written off today after 14 months overdue. you will not be missed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783584647414616350"
          ],
          "editableUntil": "2024-04-25T20:51:32.000Z",
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
            "name": "hannah_b_counts",
            "screen_name": "hannah_b_counts",
            "indices": [
              "0",
              "16"
            ],
            "id_str": "8093582953024828894",
            "id": "8093582953024828894"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "17",
        "70"
      ],
      "favorite_count": "12",
      "id_str": "1783584647414616350",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783584647414616350",
      "created_at": "Thu Apr 25 19:51:32 +0000 2024",
      "favorited": false,
      "full_text": "@hannah_b_counts the one on Boar Lane? their spicy chicken is lethal 🔥",
      "lang": "en",
      "in_reply_to_status_id_str": "1783566779676362146",
      "in_reply_to_status_id": "1783566779676362146",
      "in_reply_to_user_id": "8093582953024828894",
      "in_reply_to_user_id_str": "8093582953024828894",
      "in_reply_to_screen_name": "hannah_b_counts"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780651872616729146"
          ],
          "editableUntil": "2024-04-17T18:37:44.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "448213",
            "indices": [
              "6",
              "13"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "98"
      ],
      "favorite_count": "31",
      "id_str": "1780651872616729146",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780651872616729146",
      "created_at": "Wed Apr 17 17:37:44 +0000 2024",
      "favorited": false,
      "full_text": "order #448213 has arrived (Casio FX-85, second one) and i've never been happier about a calculator",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780584524676015839"
          ],
          "editableUntil": "2024-04-17T14:10:07.000Z",
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
            "name": "debitsanddrama",
            "screen_name": "debitsanddrama",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "5430281750",
            "id": "5430281750"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "58"
      ],
      "favorite_count": "7",
      "id_str": "1780584524676015839",
      "truncated": false,
      "retweet_count": "1",
      "id": "1780584524676015839",
      "created_at": "Wed Apr 17 13:10:07 +0000 2024",
      "favorited": false,
      "full_text": "@debitsanddrama congrats on qualifying!! so proud of you 🥳",
      "lang": "en",
      "in_reply_to_status_id_str": "1780562378750274768",
      "in_reply_to_status_id": "1780562378750274768",
      "in_reply_to_user_id": "5430281750",
      "in_reply_to_user_id_str": "5430281750",
      "in_reply_to_screen_name": "debitsanddrama"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1769472588641348871"
          ],
          "editableUntil": "2024-03-17T22:15:15.000Z",
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
        "115"
      ],
      "favorite_count": "0",
      "id_str": "1769472588641348871",
      "truncated": false,
      "retweet_count": "0",
      "id": "1769472588641348871",
      "created_at": "Sun Mar 17 21:15:15 +0000 2024",
      "favorited": false,
      "full_text": "6 months in and i've only just learned \"cut-off testing\" has nothing to do with cutting anything. we live and learn",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768555999001233401"
          ],
          "editableUntil": "2024-03-15T09:33:03.000Z",
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
        "35"
      ],
      "favorite_count": "0",
      "id_str": "1768555999001233401",
      "truncated": false,
      "retweet_count": "0",
      "id": "1768555999001233401",
      "created_at": "Fri Mar 15 08:33:03 +0000 2024",
      "favorited": false,
      "full_text": "15 exams, 3 years, 1 down. let's go",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763856419780236509"
          ],
          "editableUntil": "2024-03-02T10:18:36.000Z",
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
        "63"
      ],
      "favorite_count": "0",
      "id_str": "1763856419780236509",
      "truncated": false,
      "retweet_count": "0",
      "id": "1763856419780236509",
      "created_at": "Sat Mar 02 09:18:36 +0000 2024",
      "favorited": false,
      "full_text": "happy hour in our office = the one hour a day the printer works",
      "lang": "en"
    }
  }
]